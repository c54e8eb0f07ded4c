using Network.Server.GraphQL.Mutations;

namespace Network.Server.Agreements;

public sealed record PairingAgreementPayload(PairingAgreement? Agreement, IReadOnlyList<UserError>? Errors)
{
    public static PairingAgreementPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
