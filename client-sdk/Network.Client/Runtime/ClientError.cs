namespace Network.Client;

/// <summary>Where an error came from.</summary>
public enum ClientErrorKind
{
    /// <summary>No GraphQL answer: the server could not be reached, timed out, or answered with something else.</summary>
    Transport,

    /// <summary>A GraphQL error in the answer's <c>errors</c>: the request was refused (validation, authentication, budgets) or a field failed.</summary>
    GraphQL,
}

/// <summary>An error of an operation; a mutation's typed errors are in its data instead.</summary>
public sealed class ClientError(
    string message,
    ClientErrorKind kind,
    string? code = null,
    IReadOnlyList<object>? path = null,
    Exception? exception = null,
    int? statusCode = null)
{
    public string Message { get; } = message;

    public ClientErrorKind Kind { get; } = kind;

    /// <summary>The server's <c>extensions.code</c>, such as <c>AUTH_NOT_AUTHORIZED</c>.</summary>
    public string? Code { get; } = code;

    /// <summary>The path of the field that failed: names and list indexes.</summary>
    public IReadOnlyList<object>? Path { get; } = path;

    /// <summary>For transport errors, what was thrown.</summary>
    public Exception? Exception { get; } = exception;

    public int? StatusCode { get; } = statusCode;

    public override string ToString() => Code is null ? Message : $"{Code}: {Message}";
}

/// <summary>Thrown by <see cref="IOperationResult{T}.EnsureNoErrors"/>.</summary>
public sealed class GraphQLClientException : Exception
{
    public GraphQLClientException(IReadOnlyList<ClientError> errors)
        : base(string.Join(Environment.NewLine, errors.Select(e => e.ToString())), errors.FirstOrDefault(e => e.Exception is not null)?.Exception) =>
        Errors = errors;

    public GraphQLClientException()
        : this([])
    {
    }

    public GraphQLClientException(string message)
        : this([new ClientError(message, ClientErrorKind.Transport)])
    {
    }

    public GraphQLClientException(string message, Exception innerException)
        : this([new ClientError(message, ClientErrorKind.Transport, exception: innerException)])
    {
    }

    public IReadOnlyList<ClientError> Errors { get; }
}
