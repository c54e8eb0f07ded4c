using Network.Server.GraphQL.Mutations;

namespace Network.Server.Outcomes;

/// <summary>The skills gap is not one of the employer's gaps that the programme's objectives target.</summary>
public sealed record GapNotInProgrammeError(string Message, string SkillsGapId) : UserError(Message);
