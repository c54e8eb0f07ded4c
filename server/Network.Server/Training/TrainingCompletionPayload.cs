using Network.Server.GraphQL.Mutations;

namespace Network.Server.Training;

public sealed record TrainingCompletionPayload(TrainingCompletion? Completion, IReadOnlyList<UserError>? Errors)
{
    public static TrainingCompletionPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
