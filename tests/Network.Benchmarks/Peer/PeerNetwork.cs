using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Network.Benchmarks.Production;
using Network.Server.Identity;
using Npgsql;

namespace Network.Benchmarks.Peer;

/// <summary>
/// The set-up of the peer comparison: one seeded benchmark cluster with <c>pg_stat_statements</c>, our server as a
/// separate process (the Release build, Production environment) connecting as the cluster's owner, and PostGraphile in
/// cluster mode connecting as a read-only role granted the three tables the queries read, and the hand-written floor
/// (<see cref="FloorServer"/>) as a process of its own with a read-only role of its own. Each has a client for it.
/// </summary>
internal sealed class PeerNetwork : IAsyncDisposable
{
    public const string PeerRole = "peer_reader";
    public const string FloorRole = "floor_reader";
    private const string MonitorRole = "peer_monitor";
    private const string OurRole = "network";

    private readonly BenchmarkDatabase _database;
    private readonly ServerProcess _ours;
    private readonly PostGraphileServer _peer;
    private readonly ServerProcess _floor;

    private PeerNetwork(BenchmarkDatabase database, ServerProcess ours, PostGraphileServer peer, ServerProcess floor, PostgresMonitor monitor, IReadOnlyList<PeerTarget> targets, IReadOnlyList<string> authorities)
    {
        _database = database;
        _ours = ours;
        _peer = peer;
        _floor = floor;
        Monitor = monitor;
        Targets = targets;
        Authorities = authorities;
    }

    public PostgresMonitor Monitor { get; }

    /// <summary>Our server first, then PostGraphile, then the hand-written floor (<see cref="FloorServer"/>).</summary>
    public IReadOnlyList<PeerTarget> Targets { get; }

    /// <summary>The ONS codes of the local authorities the seeded employers lie in.</summary>
    public IReadOnlyList<string> Authorities { get; }

    public string Describe => $"our server PID {_ours.Pid} at {_ours.BaseAddress}; PostGraphile {_peer.Version}, PID {_peer.Pid} and "
        + $"{_peer.Processes() - 1} workers at {_peer.BaseAddress}; the floor PID {_floor.Pid} at {_floor.BaseAddress}";

    /// <summary>
    /// Seeds the database and starts both servers: ours with <paramref name="serverSettings"/> as environment variables and
    /// <paramref name="connectionSettings"/> as keywords of its connection string, to measure a lever.
    /// </summary>
    public static async Task<PeerNetwork> StartAsync(int mentors, int maxClients, IReadOnlyDictionary<string, string> serverSettings, IReadOnlyDictionary<string, string> connectionSettings)
    {
        var build = ServerBuild.Locate();
        Console.WriteLine($"Server: {build.Assembly} ({build.Configuration}), content root {build.ContentRoot}");
        var database = await BenchmarkDatabase.CreateAsync(mentors, ["shared_preload_libraries=pg_stat_statements", "pg_stat_statements.track=top", "pg_stat_statements.track_planning=on"]);
        var started = new List<IDisposable>();
        try
        {
            await PrepareRolesAsync(database.ConnectionString);
            var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            var connection = new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = 100 };
            foreach (var (key, value) in connectionSettings)
            {
                Console.WriteLine($"Our server's connection string: {key}={value}");
                connection[key] = value;
            }

            var settings = new Dictionary<string, string>
            {
                ["ConnectionStrings__Network"] = connection.ConnectionString,
                ["Authentication__SigningKey"] = signingKey,

                // One partner token sends every request; the benchmark measures the server, not its per-caller limits.
                ["RateLimiting__Enabled"] = "false",

                // The regional insights are worked out at start-up; a refresh in the middle of a phase would count for our server.
                ["Insights__RefreshInterval"] = "12:00:00",
            };
            foreach (var (key, value) in serverSettings)
            {
                Console.WriteLine($"Our server's setting: {key}={value}");
                settings[key] = value;
            }

            var ours = ServerProcess.Start("our server", build, settings);
            started.Add(ours);

            // One worker per core, as the CLI's cluster mode is meant to run; each with enough connections for its share of the clients.
            var workers = Environment.ProcessorCount;
            var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString);
            var peer = await PostGraphileServer.StartAsync(
                $"postgres://{PeerRole}@{builder.Host}:{builder.Port}/{builder.Database}", workers, Math.Max(10, (maxClients + workers - 1) / workers));
            started.Add(peer);

            // The floor: the same build and GC settings as ours, as a role of its own so that its statements and backends are told apart.
            var floor = ServerProcess.Start("the floor", ServerBuild.Benchmark(), new Dictionary<string, string>
            {
                [FloorServer.ConnectionVariable] = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Username = FloorRole, MaxPoolSize = 100 }.ConnectionString,
            }, FloorServer.Mode);
            started.Add(floor);

            await ours.WaitUntilReadyAsync(TimeSpan.FromMinutes(3));
            await peer.WaitUntilReadyAsync(TimeSpan.FromMinutes(3));
            await floor.WaitUntilReadyAsync(TimeSpan.FromMinutes(1));

            var issuer = new TokenIssuer(Options.Create(new NetworkAuthenticationOptions { SigningKey = signingKey }), TimeProvider.System);
            var partner = issuer.Issue(TokenCommand.DefaultSubject(Role.Partner), [Role.Partner], lifetime: TimeSpan.FromDays(1));
            PeerTarget[] targets =
            [
                new("our server", OurRole, new PeerClient(ours.BaseAddress, partner, maxClients), () => ProcessFigures.TreeCpuSeconds(ours.Pid), (q, a) => q.OurRequest(a)),
                new("PostGraphile", PeerRole, new PeerClient(peer.BaseAddress, null, maxClients), peer.CpuSeconds, (q, a) => q.PeerRequest(a)),
                new("the floor", FloorRole, new PeerClient(floor.BaseAddress, null, maxClients), floor.CpuSeconds, (q, a) => q.OurRequest(a)),
            ];
            var monitor = new PostgresMonitor(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Username = MonitorRole, MaxPoolSize = 2 }.ConnectionString);
            var network = new PeerNetwork(database, ours, peer, floor, monitor, targets, await AuthoritiesAsync(database.ConnectionString));
            Console.WriteLine($"Data: {await database.DescribeAsync()} (seeded as `seed --demo --mentors {mentors}`)");
            Console.WriteLine($"Servers: {network.Describe}");
            return network;
        }
        catch
        {
            started.ForEach(s => s.Dispose());
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>The CPU time of every process of the cluster so far, in seconds.</summary>
    public double PostgresCpuSeconds() => ProcessFigures.PostgresCpuSeconds(_database.DataDirectory);

    public async ValueTask DisposeAsync()
    {
        foreach (var target in Targets)
        {
            target.Client.Dispose();
        }

        await Monitor.DisposeAsync();
        _ours.Dispose();
        _peer.Dispose();
        _floor.Dispose();
        await _database.DisposeAsync();
    }

    /// <summary>
    /// The statement statistics, a read-only role for PostGraphile that may read the tables the queries need and nothing
    /// else (so its schema shows only those, and no mutations), and a role for the benchmark's own look-ups.
    /// </summary>
    private static async Task PrepareRolesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
            CREATE ROLE {PeerRole} LOGIN;
            GRANT USAGE ON SCHEMA public TO {PeerRole};
            GRANT SELECT ON employers, skills_gaps, skills TO {PeerRole};
            ALTER ROLE {PeerRole} SET default_transaction_read_only = on;
            CREATE ROLE {FloorRole} LOGIN;
            GRANT USAGE ON SCHEMA public TO {FloorRole};
            GRANT SELECT ON employers, skills_gaps, skills TO {FloorRole};
            ALTER ROLE {FloorRole} SET default_transaction_read_only = on;
            CREATE ROLE {MonitorRole} LOGIN SUPERUSER;
            """, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<IReadOnlyList<string>> AuthoritiesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT DISTINCT local_authority_code FROM employers ORDER BY 1", connection);
        var codes = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            codes.Add(reader.GetString(0));
        }

        return codes;
    }
}
