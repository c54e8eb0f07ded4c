using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.Mentors;

namespace Network.Server.Training;

internal static class MentorTrainingField
{
    /// <summary>Adds <c>Mentor.completedTraining</c>.</summary>
    public static void AddCompletedTrainingField(this MentorGraphType mentor) =>
        mentor.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingCompletionGraphType>>>>("completedTraining")
            .Description("The training modules the mentor has completed, first completed first.")
            .Resolve(c => c.Service<TrainingCompletionsByMentorIdDataLoader>().LoadAsync(c.Source.Id));
}
