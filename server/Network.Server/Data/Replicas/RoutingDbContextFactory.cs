using Microsoft.EntityFrameworkCore;

namespace Network.Server.Data.Replicas;

/// <summary>The one place that picks a database: the replica's pool when the current operation is routed there, else the primary's.</summary>
public sealed class RoutingDbContextFactory(IDbContextFactory<NetworkDbContext> primary, IDbContextFactory<NetworkDbContext> replica) : IDbContextFactory<NetworkDbContext>
{
    public NetworkDbContext CreateDbContext() => Target.CreateDbContext();

    public Task<NetworkDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) => Target.CreateDbContextAsync(cancellationToken);

    private IDbContextFactory<NetworkDbContext> Target => DatabaseRoute.Current is { ToReplica: true } ? replica : primary;
}
