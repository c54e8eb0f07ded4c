using GraphQL.Types;
using Network.Server.GraphQL.Paging;

namespace Network.Server.Training;

internal static class TrainingQueries
{
    public static void AddTrainingQueries(this ObjectGraphType query) =>
        query.Connection<TrainingModuleGraphType, TrainingModule>("trainingModules", t => t.Id)
            .Description("The training catalogue: the modules programmes can require of their mentors.")
            .Filter(TrainingFilters.Definition)
            .Sort(TrainingFilters.Sorting)
            .Resolve((_, db) => db.TrainingModules);
}
