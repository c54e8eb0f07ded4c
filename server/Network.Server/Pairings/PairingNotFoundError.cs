using Network.Server.GraphQL.Errors;

namespace Network.Server.Pairings;

public sealed record PairingNotFoundError(string Message, string PairingId) : UserError(Message);
