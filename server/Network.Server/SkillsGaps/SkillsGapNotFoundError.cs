using Network.Server.GraphQL.Mutations;

namespace Network.Server.SkillsGaps;

public sealed record SkillsGapNotFoundError(string Message, string SkillsGapId) : UserError(Message);
