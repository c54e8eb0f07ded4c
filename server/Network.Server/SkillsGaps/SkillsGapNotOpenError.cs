using Network.Server.GraphQL.Errors;

namespace Network.Server.SkillsGaps;

public sealed record SkillsGapNotOpenError(string Message, SkillsGapStatus Status) : UserError(Message);
