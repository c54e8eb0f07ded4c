using Microsoft.EntityFrameworkCore.Diagnostics;
using Network.Server.GraphQL.Relay;
using Network.Server.Hosting;
using Network.Server.Pairings;
using Network.Server.Programmes;

namespace Network.Server.Sessions;

/// <summary>Sessions of pairings: scheduling, moving and cancelling them, who came, and each mentor's private notes.</summary>
public sealed class SessionsModule : IFeatureModule
{
    public void Register(FeatureBuilder feature)
    {
        feature.Services.AddSingleton<INodeResolver, SessionNodeResolver>();
        feature.Services.AddSingleton<IInterceptor, ClosedPairingSessions>();
        feature.Services.AddSingleton<IObjectiveMeasureSource, SessionsHeldMeasure>();
        feature
            .DataLoader<SessionByIdDataLoader>()
            .DataLoader<SessionsByPairingIdDataLoader>()
            .DataLoader<SessionNoteDataLoader>()
            .Types(typeof(SessionGraphType))
            .Extend<PairingGraphType>(pairing => pairing.AddSessionsField())
            .Mutation(SessionMutations.AddSessionMutations)
            .Events<SessionEvents>()
            .Subscription(SessionSubscriptions.AddSessionSubscriptions);
    }
}
