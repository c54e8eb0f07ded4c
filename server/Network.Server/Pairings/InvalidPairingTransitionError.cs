using Network.Server.GraphQL.Mutations;

namespace Network.Server.Pairings;

/// <summary>The pairing's status does not allow the change: <see cref="Status"/> is where it stands.</summary>
public sealed record InvalidPairingTransitionError(string Message, string PairingId, PairingStatus Status) : UserError(Message);
