using Network.Server.Employers;
using Network.Server.Hosting;
using Network.Server.Identity;

namespace Network.Server.SkillsGaps;

/// <summary>The skills gaps employers publish, update and close.</summary>
public sealed class SkillsGapsModule : IFeatureModule
{
    public void Register(FeatureBuilder feature) => feature
        .Node<SkillsGapByIdDataLoader, SkillsGap>("SkillsGap", SkillsGapAccess.IsVisible)
        .DataLoader<SkillsGapsByEmployerIdDataLoader>()
        .DataLoader<SkillsGapsWithSkillByEmployerIdDataLoader>()
        .Filter(SkillsGapFilters.Definition)
        .Extend<EmployerGraphType>(employer => employer.AddSkillsGapsField())
        .Extend(EmployerFilters.Definition, employer => employer.AddSkillsGapsFilter())
        .Sort(SkillsGapFilters.Sorting)
        .Query(SkillsGapQueries.AddSkillsGapQueries)
        .Mutation(SkillsGapMutations.AddSkillsGapMutations)
        .Events<SkillsGapEvents>()
        .Subscription(SkillsGapSubscriptions.AddSkillsGapSubscriptions);
}
