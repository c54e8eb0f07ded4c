using Network.Server.GraphQL.Mutations;
using Network.Server.Pairings;

namespace Network.Server.Agreements;

/// <summary>Agreements are made in ACCEPTED and ACTIVE pairings only: <see cref="Status"/> is where this one stands.</summary>
public sealed record AgreementNotAllowedError(string Message, string PairingId, PairingStatus Status) : UserError(Message);
