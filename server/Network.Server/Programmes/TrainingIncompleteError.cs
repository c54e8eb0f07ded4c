using Network.Server.GraphQL.Mutations;

namespace Network.Server.Programmes;

/// <summary>The mentor has not completed the programme's required training: <see cref="MissingTrainingModuleIds"/> says which modules remain.</summary>
public sealed record TrainingIncompleteError(string Message, string MentorId, IReadOnlyList<string> MissingTrainingModuleIds) : UserError(Message);
