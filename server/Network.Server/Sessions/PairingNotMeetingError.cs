using Network.Server.GraphQL.Mutations;
using Network.Server.Pairings;

namespace Network.Server.Sessions;

/// <summary>Sessions are for ACCEPTED and ACTIVE pairings: not while one is proposed, paused or closed.</summary>
public sealed record PairingNotMeetingError(string Message, string PairingId, PairingStatus Status) : UserError(Message);
