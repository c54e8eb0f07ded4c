using GraphQL.Types;

namespace Network.Server.GraphQL.Mutations;

/// <summary>
/// Exposes a <see cref="UserError"/> record's properties as a GraphQL type of the same name implementing
/// <c>Error</c>. One generic type for every error: the error record is all a feature writes.
/// </summary>
public sealed class ErrorGraphType<TError> : AutoRegisteringObjectGraphType<TError>
    where TError : UserError
{
    public ErrorGraphType()
    {
        Name = typeof(TError).Name;
        Interface<ErrorInterfaceGraphType>();
        IsTypeOf = value => value is TError;
    }
}
