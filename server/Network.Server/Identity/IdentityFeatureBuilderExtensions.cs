using Network.Server.GraphQL.DataLoading;
using Network.Server.Hosting;

namespace Network.Server.Identity;

public static class IdentityFeatureBuilderExtensions
{
    /// <summary>Makes <paramref name="typeName"/> a node type whose nodes each caller sees only where <paramref name="isVisible"/> says so.</summary>
    public static FeatureBuilder Node<TLoader, T>(this FeatureBuilder feature, string typeName, Func<Caller, T, bool> isVisible)
        where TLoader : EntityByIdDataLoader<T>
        where T : class =>
        feature.Node<TLoader, T>(typeName, context =>
        {
            var caller = context.Caller();
            return node => isVisible(caller, node);
        });
}
