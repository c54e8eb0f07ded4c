using Network.Server.GraphQL.Filtering;
using Network.Server.GraphQL.Sorting;

namespace Network.Server.Training;

public static class TrainingFilters
{
    public static FilterDefinition<TrainingModule> Definition { get; } = new FilterDefinition<TrainingModule>("TrainingModuleFilterInput")
        .Id("id", t => t.Id, "TrainingModule")
        .Field("slug", t => t.Slug)
        .Field("title", t => t.Title)
        .Field("estimatedMinutes", t => t.EstimatedMinutes);

    public static SortDefinition<TrainingModule> Sorting { get; } = new SortDefinition<TrainingModule>("TrainingModuleSortInput")
        .Field("title", t => t.Title)
        .Field("slug", t => t.Slug)
        .Field("estimatedMinutes", t => t.EstimatedMinutes);
}
