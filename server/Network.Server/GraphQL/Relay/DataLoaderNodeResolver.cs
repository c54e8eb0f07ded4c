using GraphQL;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.GraphQL.Relay;

/// <summary>
/// Resolves nodes of one type through that type's by-ID data loader, so that <c>nodes</c> batches per type.
/// A node the caller may not see resolves to null, exactly as a missing one does: <paramref name="visibility"/>
/// gives, for a request, the test of which nodes its caller may see.
/// </summary>
public sealed class DataLoaderNodeResolver<TLoader, T>(string typeName, Func<IResolveFieldContext, Predicate<T>>? visibility = null) : INodeResolver
    where TLoader : EntityByIdDataLoader<T>
    where T : class
{
    public string TypeName => typeName;

    public object Resolve(IResolveFieldContext context, int key)
    {
        var pending = context.Service<TLoader>().LoadAsync(key);
        if (visibility is null)
        {
            return pending;
        }

        // Asked now: the resolver's context is not to be used once it has returned.
        var isVisible = visibility(context);
        return pending.Then(node => node is not null && isVisible(node) ? node : null);
    }
}
