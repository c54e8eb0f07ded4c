using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.Mentors;

namespace Network.Server.Matching;

public sealed class CandidatePairGraphType : ObjectGraphType<CandidatePair>
{
    public CandidatePairGraphType()
    {
        Name = "CandidatePair";
        Description = "An eligible pair of the pool, chosen or not.";
        Field<NonNullGraphType<MentorGraphType>>("mentor").Resolve(c => c.Service<MentorByIdDataLoader>().LoadAsync(c.Source.MentorId).Then(m => m!));
        Field<NonNullGraphType<MentorGraphType>>("partner").Resolve(c => c.Service<MentorByIdDataLoader>().LoadAsync(c.Source.PartnerId).Then(m => m!));
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(c => Math.Round(c.Source.Score, 2));
    }
}
