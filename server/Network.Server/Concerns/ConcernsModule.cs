using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Relay;
using Network.Server.Hosting;
using Network.Server.Programmes;

namespace Network.Server.Concerns;

/// <summary>A safe environment within programmes: participants raise concerns, and the programme's coordinators handle them.</summary>
public sealed class ConcernsModule : IFeatureModule
{
    public void Register(FeatureBuilder feature)
    {
        feature.Services.AddSingleton<INodeResolver, ConcernNodeResolver>();
        feature.Services.AddSingleton<IPersonalDataGrant, ConcernCoordinatorGrant>();
        feature
            .DataLoader<ConcernByIdDataLoader>()
            .DataLoader<ConcernsByProgrammeIdDataLoader>()
            .TypeMapping<ConcernSubjectInput, ConcernSubjectInputGraphType>()
            .Types(typeof(ConcernGraphType))
            .Extend<ProgrammeGraphType>(programme => programme.AddConcernsField())
            .Mutation(ConcernMutations.AddConcernMutations)
            .Events<ConcernEvents>()
            .Subscription(ConcernSubscriptions.AddConcernSubscriptions);
    }
}
