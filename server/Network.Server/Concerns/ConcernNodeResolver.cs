using GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Programmes;

namespace Network.Server.Concerns;

/// <summary>Fetches concerns for <c>node</c> and <c>nodes</c>: null for everyone but the reporter, the programme's coordinators and administrators.</summary>
internal sealed class ConcernNodeResolver : INodeResolver
{
    public string TypeName => "Concern";

    public object Resolve(IResolveFieldContext context, int key)
    {
        var caller = context.Caller();
        var programmes = context.RequestServices!.GetRequiredService<ProgrammeByIdDataLoader>();
        return context.RequestServices!.GetRequiredService<ConcernByIdDataLoader>().LoadAsync(key)
            .Then(concern => concern is null
                ? null
                : programmes.LoadAsync(concern.ProgrammeId).Then(p => p is not null && ConcernAccess.Sees(caller, p, concern) ? concern : null));
    }
}
