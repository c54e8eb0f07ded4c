using GraphQL;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Relay;

namespace Network.Server.Skills;

internal sealed class SkillNodeResolver : INodeResolver
{
    public string TypeName => "Skill";

    public object Resolve(IResolveFieldContext context, int key) =>
        context.Service<SkillByIdDataLoader>().LoadAsync(key);
}
