using Network.Server.GraphQL.Errors;

namespace Network.Server.SkillsGaps;

public sealed record SkillsGapNotFoundError(string Message, string SkillsGapId) : UserError(Message);
