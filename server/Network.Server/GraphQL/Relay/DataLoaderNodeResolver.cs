using GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.Identity;

namespace Network.Server.GraphQL.Relay;

/// <summary>
/// Resolves nodes of one type through that type's by-ID data loader, so that <c>nodes</c> batches per type.
/// A node the caller may not see resolves to null, exactly as a missing one does.
/// </summary>
public sealed class DataLoaderNodeResolver<TLoader, T>(string typeName, Func<Caller, T, bool>? isVisible = null) : INodeResolver
    where TLoader : EntityByIdDataLoader<T>
    where T : class
{
    public string TypeName => typeName;

    public object Resolve(IResolveFieldContext context, int key)
    {
        var pending = context.Service<TLoader>().LoadAsync(key);
        if (isVisible is null)
        {
            return pending;
        }

        var caller = context.Caller();
        return pending.Then(node => node is not null && isVisible(caller, node) ? node : null);
    }
}
