using GraphQL.DI;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Network.Server.Data.Replicas;
using Network.Server.Hosting;
using Npgsql;

namespace Network.Server.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "Network";

    /// <summary>
    /// Registers the database. In Development with no connection string, the server starts its own
    /// PostgreSQL cluster under <c>.data/</c> at the repository root.
    /// </summary>
    public static WebApplicationBuilder AddNetworkData(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (!builder.Environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    $"No database is configured: set ConnectionStrings__{ConnectionStringName} to a PostgreSQL connection string.");
            }

            var cluster = LocalPostgresCluster.Start(DevelopmentDataDirectory(builder.Environment.ContentRootPath), Console.WriteLine);
            // Registered by a factory, not as an instance, so that the container owns the cluster and
            // stops it when the application is disposed (the container disposes only what it creates).
            builder.Services.AddSingleton(_ => cluster);
            connectionString = cluster.ConnectionString("network");
            LocalPostgresCluster.EnsureDatabase(cluster.ConnectionString("postgres"), "network");
        }

        builder.Services.AddPooledDbContextFactory<NetworkDbContext>((services, options) => options
            .UseNetworkDatabase(connectionString)
            .CheckThreadSafetyOutsideProduction(builder.Environment)
            .AddInterceptors(services.GetServices<IInterceptor>()));
        builder.Services.AddHealthChecks().AddDbContextCheck<NetworkDbContext>("database", tags: ["ready"]);
        builder.Services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<NetworkDbContext>>().CreateDbContext());
        builder.Services.AddSingleton<IConfigureExecution, DatabaseOutageErrors>();
        builder.AddNetworkReplica(connectionString);
        builder.Services.AddHostCommand("migrate", async (app, _) =>
        {
            await HostCommandRunner.MigrateAsync(app);
            return 0;
        });
        return builder;
    }

    public static TBuilder UseNetworkDatabase<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options
            .UseNpgsql(Tune(connectionString), npgsql => npgsql.UseNetTopologySuite().MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
        return options;
    }

    /// <summary>
    /// EF Core's check that a context serves one operation at a time sets and clears an async-local around every
    /// statement: about 4 KiB and 5 µs a statement. It stays on wherever the server is developed and tested, where a
    /// context shared by two resolvers should fail loudly, and is off in Production.
    /// </summary>
    public static TBuilder CheckThreadSafetyOutsideProduction<TBuilder>(this TBuilder options, IHostEnvironment environment)
        where TBuilder : DbContextOptionsBuilder
    {
        options.EnableThreadSafetyChecks(!environment.IsProduction());
        return options;
    }

    /// <summary>The connect timeout when the connection string names none: Npgsql's own default, 15 s, would hold every request that long during an outage.</summary>
    public const int DefaultConnectTimeoutSeconds = 5;

    /// <summary>How many statements each connection keeps prepared when the string does not say (<c>Max Auto Prepare</c>).</summary>
    public const int DefaultMaxAutoPrepare = 64;

    /// <summary>
    /// The connection settings the API's short queries want: pooled connections skip DISCARD ALL on
    /// return (the server never changes session state), and PostgreSQL's JIT compiler stays off, since
    /// it costs tens of milliseconds on queries that run in a few. Statements a connection sends
    /// repeatedly are prepared (<see cref="DefaultMaxAutoPrepare"/> per connection unless the string
    /// sets <c>Max Auto Prepare</c>; 0 turns it off, as behind a pooler in transaction mode), so that
    /// PostgreSQL stops parsing and planning them on every request. A database that cannot be reached
    /// fails a request within the connect timeout (<see cref="DefaultConnectTimeoutSeconds"/> unless the string sets one).
    /// </summary>
    public static string Tune(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true };
        builder.Options ??= "-c jit=off";
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("Timeout"))
        {
            builder.Timeout = DefaultConnectTimeoutSeconds;
        }

        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        return builder.ConnectionString;
    }

    /// <summary><c>.data/postgres</c> beside the solution file, or under the content root outside a checkout.</summary>
    private static string DevelopmentDataDirectory(string contentRoot) =>
        Path.Combine(RepositoryRoot.Find(contentRoot) ?? contentRoot, ".data", "postgres");
}
