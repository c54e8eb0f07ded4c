using Network.Server.Employers;
using Network.Server.GraphQL.Filtering;
using Network.Server.GraphQL.Sorting;
using Network.Server.Skills;

namespace Network.Server.SkillsGaps;

public static class SkillsGapFilters
{
    public static FilterDefinition<SkillsGap> Definition { get; } = new FilterDefinition<SkillsGap>("SkillsGapFilterInput")
        .Id("id", g => g.Id, "SkillsGap")
        .Related("skill", g => g.Skill, () => SkillFilters.Definition)
        .Related("employer", g => g.Employer, () => EmployerFilters.Definition)
        .Field("sector", g => g.Sector)
        .Field("severity", g => g.Severity)
        .Field("hardToFillVacancies", g => g.HardToFillVacancies)
        .Field("description", g => g.Description)
        .Field("status", g => g.Status)
        .Field("publishedAt", g => g.PublishedAt)
        .Field("closedAt", g => g.ClosedAt);

    public static SortDefinition<SkillsGap> Sorting { get; } = new SortDefinition<SkillsGap>("SkillsGapSortInput")
        .Field("severity", g => g.Severity)
        .Field("hardToFillVacancies", g => g.HardToFillVacancies)
        .Field("publishedAt", g => g.PublishedAt)
        .Field("status", g => g.Status)
        .Related("skill", g => g.Skill, SkillFilters.Sorting)
        .Related("employer", g => g.Employer, EmployerFilters.Sorting)
        .Distance();
}
