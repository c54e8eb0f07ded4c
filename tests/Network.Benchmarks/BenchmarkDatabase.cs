using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Network.Server.Data;
using Network.Server.Mentors;
using Network.Server.Scoring;
using Network.Server.Seeding;
using Npgsql;

namespace Network.Benchmarks;

/// <summary>A throwaway PostgreSQL cluster with the demo network scaled to the given number of mentors.</summary>
internal sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly LocalPostgresCluster _cluster;
    private readonly string _folder;

    private BenchmarkDatabase(LocalPostgresCluster cluster, string folder)
    {
        _cluster = cluster;
        _folder = folder;
    }

    public string ConnectionString => _cluster.ConnectionString("network_bench");

    /// <summary>The cluster's data directory, whose <c>postmaster.pid</c> names its processes.</summary>
    public string DataDirectory => _cluster.DataDirectory;

    /// <summary>
    /// Starts the cluster, with <paramref name="postgresSettings"/> (<c>NAME=VALUE</c>) beside the usual ones, and seeds it with
    /// <paramref name="mentors"/> mentors.
    /// </summary>
    public static async Task<BenchmarkDatabase> CreateAsync(int mentors, IReadOnlyList<string>? postgresSettings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"network-bench-{Environment.ProcessId}");
        var cluster = LocalPostgresCluster.Start(folder, Console.WriteLine, postgresSettings);
        LocalPostgresCluster.EnsureDatabase(cluster.ConnectionString("postgres"), "network_bench");
        var database = new BenchmarkDatabase(cluster, folder);

        var options = new DbContextOptionsBuilder<NetworkDbContext>().UseNetworkDatabase(database.ConnectionString).Options;
        await using (var db = new NetworkDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        var factory = new PooledDbContextFactory<NetworkDbContext>(options);
        await new DemoSeeder(factory, new ConsoleSeedProgress(), new PairScorer(new MatchingWeights()), TimeProvider.System).SeedAsync(new DemoSeedOptions(mentors, Reset: true), CancellationToken.None);

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
        return database;
    }

    public async Task<string> DescribeAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM employers), (SELECT count(*) FROM skills_gaps), (SELECT count(*) FROM mentors)", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"{reader.GetInt64(0):N0} employers, {reader.GetInt64(1):N0} skills gaps, {reader.GetInt64(2):N0} mentors";
    }

    /// <summary>The IDs of the active mentors, in order.</summary>
    public async Task<int[]> ActiveMentorsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM mentors WHERE status = @active ORDER BY id", connection);
        command.Parameters.AddWithValue("active", (int)MentorStatus.Active);
        var ids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt32(0));
        }

        return [.. ids];
    }

    public ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        _cluster.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return ValueTask.CompletedTask;
    }
}
