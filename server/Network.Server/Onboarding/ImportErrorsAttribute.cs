using Network.Server.Employers;
using Network.Server.GraphQL.Mutations;

namespace Network.Server.Onboarding;

/// <summary>Declares the errors of an import: the employer's ID, the file's limits, and a file refused for its problems.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ImportErrorsAttribute : Attribute, IMutationErrors
{
    public IEnumerable<Type> ErrorTypes =>
        [typeof(InvalidIdError), typeof(EmployerNotFoundError), typeof(ImportFileTooLargeError), typeof(ImportTooManyRowsError), typeof(ImportRejectedError)];
}
