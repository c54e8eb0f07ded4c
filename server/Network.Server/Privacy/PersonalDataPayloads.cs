using Network.Server.GraphQL.Errors;

namespace Network.Server.Privacy;

public sealed record ExportMyDataPayload(PersonalDataExport? Export, IReadOnlyList<UserError>? Errors)
{
    public static ExportMyDataPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
