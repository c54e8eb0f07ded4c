using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.Data;
using Network.Server.Hosting;
using Network.Server.Identity;
using Network.Server.Scoring;
using Network.Server.Seeding;

namespace Network.Server.Tests.Infrastructure;

/// <summary>
/// The real server on Kestrel, over loopback HTTP, against a database of its own (one per test class).
/// A class that needs other configuration uses a subclass that sets <see cref="Settings"/>.
/// </summary>
public class NetworkApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    // The minimal-hosting entry point is intercepted through a process-wide hook, so two hosts
    // starting at once can swap configuration; start them one at a time.
    private static readonly SemaphoreSlim StartGate = new(1, 1);

    private static readonly string SigningKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    private readonly Lock _seedGate = new();
    private Task? _seeded;

    public string ConnectionString { get; private set; } = string.Empty;

    public SqlCommandCounter SqlCommands { get; } = new();

    /// <summary>Further EF Core interceptors for this app's contexts, beside <see cref="SqlCommands"/>.</summary>
    public IReadOnlyList<IInterceptor> Interceptors { get; init; } = [];

    public string EnvironmentName { get; init; } = "Testing";

    /// <summary>Feature modules this app adds after the server's own, as a new feature's folder would.</summary>
    public IReadOnlyList<IFeatureModule> AddedFeatures { get; init; } = [];

    /// <summary>Configuration for this app only (e.g. <c>GraphQL:Budgets:MaxDepth</c>), over the test defaults and appsettings.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Another app whose database this one shares, as a second instance of the server would; null for a database of its own.</summary>
    public NetworkApp? SharesDatabaseOf { get; init; }

    /// <summary>A migrated database on a cluster of the test's own (see <see cref="PostgresServer"/>); null for a copy of the test template.</summary>
    public string? Database { get; init; }

    public async Task InitializeAsync()
    {
        ConnectionString = SharesDatabaseOf?.ConnectionString ?? Database ?? await TestCluster.CreateDatabaseAsync();
        await StartGate.WaitAsync();
        try
        {
            UseKestrel(0);
            StartServer();
        }
        finally
        {
            StartGate.Release();
        }
    }

    /// <summary>
    /// Runs <paramref name="seed"/> once for this app, however many tests of the class call it: xunit
    /// makes a new test-class instance (and calls its InitializeAsync) for every test.
    /// </summary>
    public Task SeedOnceAsync(Func<TestData, Task> seed)
    {
        lock (_seedGate)
        {
            return _seeded ??= seed(new TestData(this));
        }
    }

    /// <summary>Seeds the demo network, as <c>scripts/demo.sh</c> does; seeding it again changes nothing.</summary>
    public Task SeedDemoNetworkAsync() =>
        new DemoSeeder(
                Services.GetRequiredService<IDbContextFactory<NetworkDbContext>>(), new SilentSeedProgress(), Services.GetRequiredService<PairScorer>(), Services.GetRequiredService<TimeProvider>())
            .SeedAsync(new DemoSeedOptions(DemoSeeder.DefaultMentorCount, Reset: false), CancellationToken.None);

    public NetworkDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<NetworkDbContext>().UseNetworkDatabase(ConnectionString).Options);

    /// <summary>A client acting as an administrator, who may read and change everything.</summary>
    public GraphQLClient CreateGraphQLClient() => CreateGraphQLClient(TestCallers.Admin);

    /// <summary>A client acting as <paramref name="caller"/>, with a token minted by the server's own issuer; anonymous sends none.</summary>
    public GraphQLClient CreateGraphQLClient(Caller caller)
    {
        var http = CreateClient();
        if (caller.IsAuthenticated)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", CreateToken(caller));
        }

        return new GraphQLClient(http);
    }

    public string CreateToken(Caller caller, TimeSpan? lifetime = null) =>
        Services.GetRequiredService<TokenIssuer>().Issue(caller.Subject!, [.. caller.Roles], caller.EmployerId, caller.MentorId, lifetime);

    /// <summary>The row as it stands in the database now, read outside the server.</summary>
    public async Task<T> FindAsync<T>(int id)
        where T : class
    {
        await using var db = CreateDbContext();
        return await db.Set<T>().AsNoTracking().SingleAsync(e => EF.Property<int>(e, "Id") == id);
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:Network", ConnectionString);

        // A secret key of this test run, so that hosts in any environment (Production too) can start and mint tokens.
        builder.UseSetting("Authentication:SigningKey", SigningKey);

        // Test classes send many requests from one address: rate limits apply only where Settings turn them on.
        builder.UseSetting("RateLimiting:Enabled", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices((context, services) => services.AddFeatures(context.Configuration, context.HostingEnvironment, AddedFeatures));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IInterceptor>(SqlCommands);
            foreach (var interceptor in Interceptors)
            {
                services.AddSingleton(interceptor);
            }
        });
    }
}
