using Network.Server.GraphQL.Errors;

namespace Network.Server.SkillsGaps;

public sealed class SkillsGapNotOpenErrorGraphType : ErrorGraphType<SkillsGapNotOpenError>;
