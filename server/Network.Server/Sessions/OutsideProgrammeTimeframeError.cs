using Network.Server.GraphQL.Mutations;

namespace Network.Server.Sessions;

/// <summary>The session would fall outside the timeframe of the programme its pairing belongs to.</summary>
public sealed record OutsideProgrammeTimeframeError(string Message, DateOnly StartsOn, DateOnly EndsOn) : UserError(Message);
