using Network.Server.Hosting;
using Network.Server.Mentors;

namespace Network.Server.Training;

/// <summary>The training catalogue, and the modules each mentor has completed.</summary>
public sealed class TrainingFeatureModule : IFeatureModule
{
    public void Register(FeatureBuilder feature) => feature
        .Node<TrainingModuleByIdDataLoader, TrainingModule>("TrainingModule")
        .DataLoader<TrainingCompletionsByMentorIdDataLoader>()
        .Filter(TrainingFilters.Definition)
        .Sort(TrainingFilters.Sorting)
        .Extend<MentorGraphType>(mentor => mentor.AddCompletedTrainingField())
        .Query(TrainingQueries.AddTrainingQueries)
        .Mutation(TrainingMutations.AddTrainingMutations);
}
