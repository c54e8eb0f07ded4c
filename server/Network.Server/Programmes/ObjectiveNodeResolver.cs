using GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;

namespace Network.Server.Programmes;

/// <summary>Fetches objectives for <c>node</c> and <c>nodes</c>: an objective is seen by those who see its programme.</summary>
internal sealed class ObjectiveNodeResolver : INodeResolver
{
    public string TypeName => "ProgrammeObjective";

    public object Resolve(IResolveFieldContext context, int key)
    {
        var caller = context.Caller();
        var programmes = context.RequestServices!.GetRequiredService<ProgrammeByIdDataLoader>();
        return context.RequestServices!.GetRequiredService<ObjectiveByIdDataLoader>().LoadAsync(key)
            .Then(objective => objective is null
                ? null
                : programmes.LoadAsync(objective.ProgrammeId).Then(p => p is not null && ProgrammeAccess.IsVisible(caller, p) ? objective : null));
    }
}
