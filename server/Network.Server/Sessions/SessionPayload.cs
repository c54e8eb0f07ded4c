using Network.Server.GraphQL.Mutations;

namespace Network.Server.Sessions;

public sealed record SessionPayload(PairingSession? Session, IReadOnlyList<UserError>? Errors)
{
    public static SessionPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
