using GraphQL;

namespace Network.Server.SkillsGaps;

/// <summary>Closes a gap as FILLED or WITHDRAWN.</summary>
public sealed record CloseSkillsGapInput([property: Id] string SkillsGapId, SkillsGapClosure Status);
