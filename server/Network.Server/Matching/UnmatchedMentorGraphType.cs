using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.Mentors;

namespace Network.Server.Matching;

public sealed class UnmatchedMentorGraphType : ObjectGraphType<UnmatchedMentor>
{
    public UnmatchedMentorGraphType()
    {
        Name = "UnmatchedMentor";
        Description = "A mentor of the pool the plan leaves without a partner.";
        Field<NonNullGraphType<MentorGraphType>>("mentor").Resolve(c => c.Service<MentorByIdDataLoader>().LoadAsync(c.Source.MentorId).Then(m => m!));
        Field(u => u.EligiblePartners).Description("How many mentors of the pool they could have been paired with.");
        Field(u => u.Reason);
    }
}
