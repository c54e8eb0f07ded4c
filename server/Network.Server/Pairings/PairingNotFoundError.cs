using Network.Server.GraphQL.Mutations;

namespace Network.Server.Pairings;

public sealed record PairingNotFoundError(string Message, string PairingId) : UserError(Message);
