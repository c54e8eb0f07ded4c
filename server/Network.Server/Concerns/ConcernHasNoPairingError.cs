using Network.Server.GraphQL.Mutations;

namespace Network.Server.Concerns;

/// <summary>The action needs a pairing, and the concern names none: it is about a person who has no open pairing with the reporter in the programme.</summary>
public sealed record ConcernHasNoPairingError(string Message, string ConcernId) : UserError(Message);
