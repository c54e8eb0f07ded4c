using Network.Server.GraphQL.Filtering;
using Network.Server.GraphQL.Sorting;

namespace Network.Server.Skills;

public static class SkillFilters
{
    public static FilterDefinition<Skill> Definition { get; } = new FilterDefinition<Skill>("SkillFilterInput")
        .Id("id", s => s.Id, "Skill")
        .Field("slug", s => s.Slug)
        .Field("name", s => s.Name)
        .Field("category", s => s.Category)
        .ScalarList("sectors", s => s.Sectors);

    public static SortDefinition<Skill> Sorting { get; } = new SortDefinition<Skill>("SkillSortInput")
        .Field("name", s => s.Name)
        .Field("slug", s => s.Slug)
        .Field("category", s => s.Category);
}
