using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Npgsql;

namespace Network.Server.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL cluster for the whole test run: a throwaway one in a temporary folder, or the server
/// named by <c>NETWORK_TEST_DATABASE</c>. A migrated template database is made once; every test
/// class gets its own copy of it, so classes run in parallel without seeing each other's rows.
/// </summary>
public static class TestCluster
{
    private const string TemplateDatabase = "network_test_template";
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);
    private static readonly Lock Gate = new();
    private static LocalPostgresCluster? _cluster;
    private static int _databases;

    /// <summary>A fresh database with the schema and the skills taxonomy; its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var maintenance = await Template.Value;
        var name = $"network_test_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        await using var connection = new NpgsqlConnection(maintenance);
        await connection.OpenAsync();
        await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection))
        {
            await drop.ExecuteNonQueryAsync();
        }

        // CREATE DATABASE ... TEMPLATE needs the template to have no other sessions; retry briefly if one is closing.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{TemplateDatabase}\"", connection);
                await create.ExecuteNonQueryAsync();
                break;
            }
            catch (PostgresException e) when (e.SqlState == "55006" && attempt < 50)
            {
                await Task.Delay(100);
            }
        }

        // A run starts a server per test class, each with pools of its own that outlive it: idle connections close after
        // a few seconds rather than the default five minutes, so that the cluster's connection limit is never reached.
        return new NpgsqlConnectionStringBuilder(maintenance) { Database = name, ConnectionIdleLifetime = 10, ConnectionPruningInterval = 5 }.ConnectionString;
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var maintenance = MaintenanceConnectionString();
        await using (var connection = new NpgsqlConnection(maintenance))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{TemplateDatabase}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{TemplateDatabase}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var template = new NpgsqlConnectionStringBuilder(maintenance) { Database = TemplateDatabase, Pooling = false }.ConnectionString;
        var options = new DbContextOptionsBuilder<NetworkDbContext>().UseNetworkDatabase(template).Options;
        await using (var db = new NetworkDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        NpgsqlConnection.ClearAllPools();
        return maintenance;
    }

    private static string MaintenanceConnectionString()
    {
        if (Environment.GetEnvironmentVariable("NETWORK_TEST_DATABASE") is { Length: > 0 } external)
        {
            return new NpgsqlConnectionStringBuilder(external) { Database = "postgres" }.ConnectionString;
        }

        lock (Gate)
        {
            RemoveAbandonedClusters();
            var folder = Path.Combine(Path.GetTempPath(), $"network-tests-{Environment.ProcessId}");
            _cluster = LocalPostgresCluster.Start(folder);
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                _cluster.Dispose();
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                }
                catch (UnauthorizedAccessException)
                {
                }
            };
            return _cluster.ConnectionString("postgres");
        }
    }

    /// <summary>
    /// Deletes the clusters of earlier test runs whose process is gone: a run that was killed (a cancelled run, a crashed test
    /// host) never reaches its exit handler, and each cluster holds a few gigabytes.
    /// </summary>
    private static void RemoveAbandonedClusters()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), "network-tests-*"))
        {
            if (!int.TryParse(Path.GetFileName(folder)["network-tests-".Length..], out var processId) || processId == Environment.ProcessId || IsRunning(processId))
            {
                continue;
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
