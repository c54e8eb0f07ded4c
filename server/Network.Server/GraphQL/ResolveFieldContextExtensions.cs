using GraphQL;

namespace Network.Server.GraphQL;

public static class ResolveFieldContextExtensions
{
    /// <summary>A service from the request's scope: data loaders, the database context factory, the clock.</summary>
    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull =>
        (context.RequestServices ?? throw new InvalidOperationException("The GraphQL request has no service scope."))
            .GetRequiredService<T>();
}
