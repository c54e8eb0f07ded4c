using GraphQL;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.GraphQL.Relay;

/// <summary>Resolves nodes of one type through that type's by-ID data loader, so that <c>nodes</c> batches per type.</summary>
public sealed class DataLoaderNodeResolver<TLoader, T>(string typeName) : INodeResolver
    where TLoader : EntityByIdDataLoader<T>
    where T : class
{
    public string TypeName => typeName;

    public object Resolve(IResolveFieldContext context, int key) => context.Service<TLoader>().LoadAsync(key);
}
