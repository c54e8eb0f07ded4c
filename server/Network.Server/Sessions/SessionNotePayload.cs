using Network.Server.GraphQL.Mutations;

namespace Network.Server.Sessions;

public sealed record SessionNotePayload(SessionNote? Note, IReadOnlyList<UserError>? Errors)
{
    public static SessionNotePayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
