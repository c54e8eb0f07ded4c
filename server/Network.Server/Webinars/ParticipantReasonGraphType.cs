using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.Skills;

namespace Network.Server.Webinars;

public sealed class ParticipantReasonGraphType : ObjectGraphType<ParticipantReason>
{
    public ParticipantReasonGraphType()
    {
        Name = "ParticipantReason";
        Description = "One reason a participant is suggested for a webinar, in words and in points; a suggestion's points add up to its score.";
        Field(r => r.Kind);
        Field(r => r.Text).Description("The reason in a sentence, for people.");
        Field<NonNullGraphType<FloatGraphType>>("points").Description("What it adds to the score (negative for distance).").Resolve(c => Math.Round(c.Source.Points, 2));
        Field<SkillGraphType>("skill")
            .Description("The topic skill it is about; null for reasons about no one skill.")
            .Resolve(c => c.Source.SkillId is { } id ? c.Service<SkillByIdDataLoader>().LoadAsync(id) : null);
    }
}
