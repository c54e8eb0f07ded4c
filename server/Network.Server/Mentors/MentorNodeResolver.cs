using GraphQL;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Relay;

namespace Network.Server.Mentors;

internal sealed class MentorNodeResolver : INodeResolver
{
    public string TypeName => "Mentor";

    public object Resolve(IResolveFieldContext context, int key) =>
        context.Service<MentorByIdDataLoader>().LoadAsync(key);
}
