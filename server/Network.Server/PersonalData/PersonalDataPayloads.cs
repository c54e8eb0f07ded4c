using Network.Server.GraphQL.Mutations;

namespace Network.Server.PersonalData;

public sealed record ExportMyDataPayload(PersonalDataExport? Export, IReadOnlyList<UserError>? Errors)
{
    public static ExportMyDataPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
