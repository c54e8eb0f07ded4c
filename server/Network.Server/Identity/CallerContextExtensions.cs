using GraphQL;
using Network.Server.GraphQL.Mutations;

namespace Network.Server.Identity;

public static class CallerContextExtensions
{
    /// <summary>The caller of the request this resolver runs in.</summary>
    public static Caller Caller(this IResolveFieldContext context) =>
        context.UserContext.TryGetValue(CallerExecution.Key, out var caller) && caller is Caller known ? known : Identity.Caller.Anonymous;

    /// <summary>The caller of the request this mutation runs in.</summary>
    public static Caller Caller(this MutationContext mutation) => mutation.Context.Caller();
}
