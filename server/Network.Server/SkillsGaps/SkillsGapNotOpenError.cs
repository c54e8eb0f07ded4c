using Network.Server.GraphQL.Mutations;

namespace Network.Server.SkillsGaps;

public sealed record SkillsGapNotOpenError(string Message, SkillsGapStatus Status) : UserError(Message);
