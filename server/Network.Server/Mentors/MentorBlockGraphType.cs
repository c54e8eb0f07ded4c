using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Mentors;

public sealed class MentorBlockGraphType : ObjectGraphType<MentorBlock>
{
    public MentorBlockGraphType()
    {
        Name = "MentorBlock";
        Description = "A mentor's block of another mentor, as the mentor who blocked sees it.";
        Field<NonNullGraphType<MentorGraphType>>("blockedMentor")
            .Resolve(c => c.Service<MentorByIdDataLoader>().LoadAsync(c.Source.BlockedMentorId).Then(m => m!));
        Field(b => b.BlockedAt);
    }
}
