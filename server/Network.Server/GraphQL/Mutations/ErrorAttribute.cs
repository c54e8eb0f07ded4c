namespace Network.Server.GraphQL.Mutations;

/// <summary>
/// Declares, on a mutation's resolver, errors it may return: the payload's error union is made of the
/// errors its resolver declares, and a resolver that returns an undeclared error fails loudly.
/// </summary>
public interface IMutationErrors
{
    IEnumerable<Type> ErrorTypes { get; }
}

/// <summary>The resolver may return <typeparamref name="TError"/>, as HotChocolate's <c>[Error&lt;T&gt;]</c> declares it.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ErrorAttribute<TError> : Attribute, IMutationErrors
    where TError : UserError
{
    public IEnumerable<Type> ErrorTypes => [typeof(TError)];
}
