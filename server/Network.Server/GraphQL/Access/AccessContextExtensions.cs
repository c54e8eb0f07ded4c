using GraphQL;

namespace Network.Server.GraphQL.Access;

public static class AccessContextExtensions
{
    /// <summary>Whether the request carries a valid token: refusals tell anonymous callers to sign in.</summary>
    public static bool IsAuthenticated(this IResolveFieldContext context) => context.User?.Identity?.IsAuthenticated == true;
}
