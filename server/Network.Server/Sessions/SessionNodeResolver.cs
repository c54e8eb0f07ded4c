using GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Pairings;

namespace Network.Server.Sessions;

/// <summary>Fetches sessions for <c>node</c> and <c>nodes</c>: a session is seen by those who see its pairing.</summary>
internal sealed class SessionNodeResolver : INodeResolver
{
    public string TypeName => "Session";

    public object Resolve(IResolveFieldContext context, int key)
    {
        var caller = context.Caller();
        var pairings = context.RequestServices!.GetRequiredService<PairingByIdDataLoader>();
        return context.RequestServices!.GetRequiredService<SessionByIdDataLoader>().LoadAsync(key)
            .Then(session => session is null
                ? null
                : pairings.LoadAsync(session.PairingId).Then(p => p is not null && PairingAccess.IsVisible(caller, p) ? session : null));
    }
}
