using GraphQL;

namespace Network.Server.GraphQL.Filtering;

/// <summary>A <c>where</c> or <c>order</c> argument that cannot be applied; reported as a GraphQL error.</summary>
public sealed class FilterException(string message) : ExecutionError(message)
{
    public FilterException(string message, string code)
        : this(message) => Code = code;
}
