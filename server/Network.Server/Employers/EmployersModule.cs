using Network.Server.Hosting;

namespace Network.Server.Employers;

/// <summary>The employers taking part: registration, details and where they are.</summary>
public sealed class EmployersModule : IFeatureModule
{
    public void Register(FeatureBuilder feature) => feature
        .Node<EmployerByIdDataLoader, Employer>("Employer")
        .Filter(EmployerFilters.Definition)
        .Sort(EmployerFilters.Sorting)
        .Query(EmployerQueries.AddEmployerQueries)
        .Mutation(EmployerMutations.AddEmployerMutations);
}
