using Network.Server.Hosting;
using Network.Server.Identity;

namespace Network.Server.Employers;

/// <summary>The employers taking part: registration, details and where they are.</summary>
public sealed class EmployersModule : IFeatureModule
{
    public void Register(FeatureBuilder feature) => feature
        .Node<EmployerByIdDataLoader, Employer>("Employer")
        .Extend<ViewerGraphType>(viewer => viewer.AddEmployerField())
        .Filter(EmployerFilters.Definition)
        .Sort(EmployerFilters.Sorting)
        .Query(EmployerQueries.AddEmployerQueries)
        .Mutation(EmployerMutations.AddEmployerMutations);
}
