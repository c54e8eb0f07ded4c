using Network.Server.GraphQL.Mutations;

namespace Network.Server.Training;

public sealed record TrainingModuleNotFoundError(string Message, string TrainingModuleId) : UserError(Message);
