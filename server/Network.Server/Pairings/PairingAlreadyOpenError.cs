using Network.Server.GraphQL.Mutations;

namespace Network.Server.Pairings;

/// <summary>The two mentors already have a proposed, accepted, active or paused pairing, <see cref="PairingId"/>.</summary>
public sealed record PairingAlreadyOpenError(string Message, string PairingId) : UserError(Message);
