using System.Security.Cryptography;
using Network.Server.Seeding;
using Npgsql;

namespace Network.Benchmarks.Production;

/// <summary>
/// The set-up production load runs against: the demo network seeded on the benchmark's private PostgreSQL cluster, and
/// two server processes sharing it, each with its own client; requests go to them in turn.
/// </summary>
internal sealed class ProductionNetwork : IAsyncDisposable
{
    private const int WarmUpClients = 4;

    private readonly BenchmarkDatabase _database;
    private readonly List<ServerProcess> _servers;
    private readonly List<RuntimeCounters> _counters;

    private ProductionNetwork(BenchmarkDatabase database, List<ServerProcess> servers, List<RuntimeCounters> counters, ProductionWorkload workload)
    {
        _database = database;
        _servers = servers;
        _counters = counters;
        Workload = workload;
    }

    public IReadOnlyList<ServerProcess> Servers => _servers;

    /// <summary>Each server's runtime counters, in the order of <see cref="Servers"/>, read since it was ready; none unless asked for.</summary>
    public IReadOnlyList<RuntimeCounters> Counters => _counters;

    public ProductionWorkload Workload { get; }

    /// <summary>
    /// Seeds the database and starts the two processes. Each gets a connection pool of <paramref name="poolSize"/>
    /// (<c>--pool-size</c>, 100 unless told): the cluster allows 300 connections, and two pools of 200 (the benchmark
    /// connection string's setting) could ask for more than that under 256 clients; a deployment sizes its pools to the
    /// database's <c>max_connections</c> in the same way.
    /// </summary>
    /// <param name="mentors">The network's size, seeded as the demo network is.</param>
    /// <param name="poolSize">Each instance's connection pool.</param>
    /// <param name="extraSettings">Configuration for both servers beside the benchmark's own.</param>
    /// <param name="runtimeCounters">
    /// Whether to read each server's runtime counters over EventPipe. Reading them costs the servers tail latency (a soak
    /// at 100 requests a second had a p99 of 600-900 ms with them and about 20 ms without), so only a run that reports them asks.
    /// </param>
    public static async Task<ProductionNetwork> StartAsync(int mentors, int poolSize, IReadOnlyDictionary<string, string> extraSettings, bool runtimeCounters)
    {
        var build = ServerBuild.Locate();
        Console.WriteLine($"Server: {build.Assembly} ({build.Configuration}), content root {build.ContentRoot}");
        var database = await BenchmarkDatabase.CreateAsync(mentors);
        var servers = new List<ServerProcess>();
        var counters = new List<RuntimeCounters>();
        try
        {
            var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            var settings = new Dictionary<string, string>
            {
                ["ConnectionStrings__Network"] = new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = poolSize }.ConnectionString,
                ["Authentication__SigningKey"] = signingKey,

                // A handful of callers (one token per role and employer) send hundreds of requests a second: the per-caller
                // limits would refuse most of them, and the benchmark measures the server, not its rate limits.
                ["RateLimiting__Enabled"] = "false",
            };
            Console.WriteLine($"Connection pool: {poolSize} per instance");
            foreach (var (key, value) in extraSettings)
            {
                Console.WriteLine($"Server setting: {key}={value}");
                settings[key] = value;
            }

            foreach (var name in new[] { "instance A", "instance B" })
            {
                servers.Add(ServerProcess.Start(name, build, settings));
            }

            foreach (var server in servers)
            {
                await server.WaitUntilReadyAsync(TimeSpan.FromMinutes(3));
                Console.WriteLine($"{server.Name}: PID {server.Pid}, {server.BaseAddress}, ready; RSS {server.Memory().RssMiB:F0} MiB");
                if (runtimeCounters)
                {
                    counters.Add(RuntimeCounters.Start(server.Pid));
                }
            }

            var workload = await ProductionWorkload.CreateAsync(database.ConnectionString, signingKey, servers[0].BaseAddress);
            Console.WriteLine($"Data: {await database.DescribeAsync()} (seeded as `seed --demo --mentors {mentors}`; {DemoSeeder.DefaultMentorCount} is the demo network)");
            Console.WriteLine($"Workload: {workload.Describe}");
            return new ProductionNetwork(database, servers, counters, workload);
        }
        catch
        {
            counters.ForEach(c => c.Dispose());
            servers.ForEach(s => s.Dispose());
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Warms both processes up (tiered JIT, connection pools, caches) with a few clients in a closed loop, so that the first
    /// measured requests do not meet a cold server; false, with what failed, when a request fails.
    /// </summary>
    public async Task<bool> WarmUpAsync(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            return true;
        }

        var warm = await ClosedLoopRun.RunAsync(this, WarmUpClients, firstInstanceOnly: false, TimeSpan.Zero, duration);
        Console.WriteLine($"Warm-up: {WarmUpClients} clients for {duration.TotalSeconds:F0} s, {warm.RequestsPerSecond:F0} req/s, {warm.Errors} errors");
        foreach (var error in warm.FirstErrors)
        {
            Console.WriteLine($"  error: {error}");
        }

        return warm.Errors == 0;
    }

    /// <summary>The CPU time the cluster's PostgreSQL processes have used so far, in seconds.</summary>
    public double PostgresCpuSeconds() => ProcessFigures.PostgresCpuSeconds(_database.DataDirectory);

    public async ValueTask DisposeAsync()
    {
        _counters.ForEach(c => c.Dispose());
        _servers.ForEach(s => s.Dispose());
        await _database.DisposeAsync();
    }
}
