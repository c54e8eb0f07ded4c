using GraphQL.DI;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Network.Server.Hosting;
using Npgsql;

namespace Network.Server.Data.Replicas;

public static class ReplicaServiceCollectionExtensions
{
    public const string ConnectionStringName = "NetworkReplica";

    /// <summary>
    /// With <c>ConnectionStrings:NetworkReplica</c> set, queries may read from that streaming replica (see <see cref="ReplicaRouting"/>);
    /// without it nothing changes: one pool, the primary's.
    /// </summary>
    public static WebApplicationBuilder AddNetworkReplica(this WebApplicationBuilder builder, string primaryConnectionString)
    {
        var replicaConnectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(replicaConnectionString))
        {
            return builder;
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(replicaConnectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw new StartupException($"ConnectionStrings:{ConnectionStringName} is not a valid PostgreSQL connection string: {e.Message}");
        }

        var services = builder.Services;
        services.AddOptions<ReplicaOptions>()
            .Bind(builder.Configuration.GetSection(ReplicaOptions.Section))
            .Validate(replica => replica.MaxLag > TimeSpan.Zero, $"{ReplicaOptions.Section}:MaxLag must be positive.")
            .Validate(replica => replica.RetryAfter > TimeSpan.Zero, $"{ReplicaOptions.Section}:RetryAfter must be positive.")
            .Validate(replica => replica.ReadYourWritesWindow >= replica.MaxLag, $"{ReplicaOptions.Section}:ReadYourWritesWindow must be at least MaxLag.")
            .ValidateOnStart();
        services.AddSingleton(_ => new ReplicaDataSources(primaryConnectionString, replicaConnectionString));
        services.AddSingleton<ReplicaMonitor>();
        services.AddSingleton<CallerWrites>();
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IConfigureExecution, ReplicaRouting>();
        services.Replace(ServiceDescriptor.Singleton<IDbContextFactory<NetworkDbContext>>(sp =>
            new RoutingDbContextFactory(Pooled(sp, primaryConnectionString), Pooled(sp, replicaConnectionString))));
        services.AddHealthChecks().AddCheck<ReplicaHealthCheck>("database-replica", tags: ["ready"]);
        return builder;
    }

    private static PooledDbContextFactory<NetworkDbContext> Pooled(IServiceProvider services, string connectionString) =>
        new(new DbContextOptionsBuilder<NetworkDbContext>()
            .UseApplicationServiceProvider(services)
            .UseNetworkDatabase(connectionString)
            .CheckThreadSafetyOutsideProduction(services.GetRequiredService<IHostEnvironment>())
            .AddInterceptors(services.GetServices<IInterceptor>())
            .Options);
}
