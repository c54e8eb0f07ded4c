using Network.Server.GraphQL.Mutations;

namespace Network.Server.Employers;

/// <summary>The result of an employer mutation: the employer, or the errors that stopped it.</summary>
public sealed record EmployerPayload(Employer? Employer, IReadOnlyList<UserError>? Errors)
{
    public static EmployerPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
