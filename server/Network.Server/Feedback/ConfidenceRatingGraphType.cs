using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.Identity;
using Network.Server.Skills;

namespace Network.Server.Feedback;

public sealed class ConfidenceRatingGraphType : ObjectGraphType<ConfidenceRating>
{
    public ConfidenceRatingGraphType()
    {
        Name = "ConfidenceRating";
        Description = "A mentor's own confidence in a skill they are learning in a pairing, at one stage of it.";
        this.ReadableBy(Role.Mentor, Role.Admin);
        Field(r => r.Stage);
        Field<NonNullGraphType<SkillGraphType>>("skill")
            .Resolve(c => c.Service<SkillByIdDataLoader>().LoadAsync(c.Source.SkillId));
        Field(r => r.Confidence).Description("How confident the mentor is in the skill, 1 to 5.");
        Field(r => r.RatedAt);
    }
}
