using Network.Server.GraphQL.Mutations;

namespace Network.Server.Pairings;

/// <summary>The result of a pairing mutation: the pairing, or the errors that stopped it.</summary>
public sealed record PairingPayload(Pairing? Pairing, IReadOnlyList<UserError>? Errors)
{
    public static PairingPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
