using Network.Server.Hosting;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Instances;

/// <summary>
/// Two instances on one database, sharing their rate limits through a redis-server, behind nginx running
/// <c>deploy/nginx/network.conf</c>; the instances trust nginx (127.0.0.1) as their proxy. Each caller may send
/// <see cref="Burst"/> requests, and then one every six minutes: no refill during a test.
/// </summary>
public sealed class SharedRateLimitFixture : IAsyncLifetime
{
    public const int Burst = 10;

    public RedisProcess Redis { get; private set; } = null!;

    public ServerProcess First { get; private set; } = null!;

    public ServerProcess Second { get; private set; } = null!;

    public NginxProcess Nginx { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var database = await TestCluster.CreateDatabaseAsync();
        Redis = await RedisProcess.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:Burst"] = $"{Burst}",
            ["RateLimiting:PermitsPerWindow"] = $"{Burst}",
            ["RateLimiting:Window"] = "01:00:00",
            ["Redis:Configuration"] = Redis.Configuration,
            ["Redis:FallbackPeriod"] = "00:00:01",
            ["ForwardedHeaders:KnownProxies"] = "127.0.0.1",
        };
        First = await ServerProcess.StartAsync(database, settings);
        Second = await ServerProcess.StartAsync(database, settings);
        var root = RepositoryRoot.Find(AppContext.BaseDirectory)!;
        Nginx = await NginxProcess.StartAsync(root, First.Port, Second.Port);
    }

    /// <summary>A caller at <paramref name="address"/> (another loopback address) that goes through nginx.</summary>
    public HttpClient ThroughNginx(string address) => LoopbackClient.From(address, Nginx.BaseAddress);

    public async Task DisposeAsync()
    {
        // Whatever started, should the start-up have failed half-way.
        IAsyncDisposable?[] started = [Nginx, First, Second, Redis];
        foreach (var process in started)
        {
            if (process is not null)
            {
                await process.DisposeAsync();
            }
        }
    }
}
