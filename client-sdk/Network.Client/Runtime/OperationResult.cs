namespace Network.Client;

/// <summary>
/// What an operation returned: its data, and the errors that came with it. Transport errors (the server
/// could not be reached, or answered with something other than GraphQL) and GraphQL errors (the
/// request was refused or a field failed) are here, told apart by <see cref="ClientError.Kind"/>; a
/// mutation's typed errors (such as <c>InvalidPostcodeError</c>) are part of <see cref="Data"/>.
/// </summary>
public interface IOperationResult<out T>
    where T : class
{
    /// <summary>The data, or null when the operation did not run or its root field failed.</summary>
    T? Data { get; }

    IReadOnlyList<ClientError> Errors { get; }

    /// <summary>The HTTP status of the answer; null when none came.</summary>
    int? StatusCode { get; }

    /// <summary>Throws <see cref="GraphQLClientException"/> when there are errors, so that <see cref="Data"/> can be used as it is.</summary>
    T EnsureNoErrors();
}

/// <summary>The result of one operation.</summary>
public sealed class OperationResult<T>(T? data, IReadOnlyList<ClientError> errors, int? statusCode) : IOperationResult<T>
    where T : class
{
    public T? Data { get; } = data;

    public IReadOnlyList<ClientError> Errors { get; } = errors;

    public int? StatusCode { get; } = statusCode;

    public T EnsureNoErrors()
    {
        if (Errors.Count > 0)
        {
            throw new GraphQLClientException(Errors);
        }

        return Data ?? throw new GraphQLClientException([new ClientError("The answer held neither data nor errors.", ClientErrorKind.Transport, statusCode: StatusCode)]);
    }
}
