using Network.Server.GraphQL.Mutations;
using Network.Server.Pairings;

namespace Network.Server.Matching;

public sealed record ConfirmPairingPlanPayload(IReadOnlyList<Pairing>? Pairings, IReadOnlyList<UserError>? Errors)
{
    public static ConfirmPairingPlanPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
