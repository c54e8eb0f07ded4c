using Network.Server.Hosting;

namespace Network.Server.Skills;

/// <summary>The skills taxonomy and the sectors that need each skill.</summary>
public sealed class SkillsModule : IFeatureModule
{
    public void Register(FeatureBuilder feature) => feature
        .Node<SkillByIdDataLoader, Skill>("Skill")
        .Filter(SkillFilters.Definition)
        .Sort(SkillFilters.Sorting)
        .Query(SkillQueries.AddSkillQueries);
}
