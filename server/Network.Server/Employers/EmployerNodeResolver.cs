using GraphQL;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Relay;

namespace Network.Server.Employers;

internal sealed class EmployerNodeResolver : INodeResolver
{
    public string TypeName => "Employer";

    public object Resolve(IResolveFieldContext context, int key) =>
        context.Service<EmployerByIdDataLoader>().LoadAsync(key);
}
