using Network.Server.GraphQL.Mutations;

namespace Network.Server.CheckIns;

/// <summary>Check-ins are for pairings made within a programme, by its coordinators.</summary>
public sealed record NotAProgrammePairingError(string Message, string PairingId) : UserError(Message);
