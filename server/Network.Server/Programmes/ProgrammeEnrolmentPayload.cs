using Network.Server.GraphQL.Mutations;

namespace Network.Server.Programmes;

public sealed record ProgrammeEnrolmentPayload(ProgrammeEnrolment? Enrolment, IReadOnlyList<UserError>? Errors)
{
    public static ProgrammeEnrolmentPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
