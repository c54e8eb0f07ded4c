using GraphQL.Types;

namespace Network.Server.GraphQL.Errors;

/// <summary>Exposes a <see cref="UserError"/> record's properties as a GraphQL type implementing <c>Error</c>.</summary>
public abstract class ErrorGraphType<TError> : AutoRegisteringObjectGraphType<TError>
    where TError : UserError
{
    protected ErrorGraphType()
    {
        Name = typeof(TError).Name;
        Interface<ErrorInterfaceGraphType>();
        IsTypeOf = value => value is TError;
    }
}
