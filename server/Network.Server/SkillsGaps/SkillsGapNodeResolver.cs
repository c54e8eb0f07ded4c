using GraphQL;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Relay;

namespace Network.Server.SkillsGaps;

internal sealed class SkillsGapNodeResolver : INodeResolver
{
    public string TypeName => "SkillsGap";

    public object Resolve(IResolveFieldContext context, int key) =>
        context.Service<SkillsGapByIdDataLoader>().LoadAsync(key);
}
