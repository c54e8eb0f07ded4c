using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.Data;

namespace Network.Server.Tests.Infrastructure;

/// <summary>The real server on Kestrel, over loopback HTTP, against a database of its own (one per test class).</summary>
public sealed class NetworkApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    // The minimal-hosting entry point is intercepted through a process-wide hook, so two hosts
    // starting at once can swap configuration; start them one at a time.
    private static readonly SemaphoreSlim StartGate = new(1, 1);

    private readonly Lock _seedGate = new();
    private Task? _seeded;

    public string ConnectionString { get; private set; } = string.Empty;

    public SqlCommandCounter SqlCommands { get; } = new();

    public string EnvironmentName { get; init; } = "Testing";

    /// <summary>Configuration for this app only (e.g. <c>GraphQL:Budgets:MaxDepth</c>), over appsettings.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        ConnectionString = await TestCluster.CreateDatabaseAsync();
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

    public NetworkDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<NetworkDbContext>().UseNetworkDatabase(ConnectionString).Options);

    public GraphQLClient CreateGraphQLClient() => new(CreateClient());

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
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(SqlCommands));
    }
}
