using System.Diagnostics;
using Network.Server.Data;
using Network.Server.Tests.Infrastructure;
using Npgsql;

namespace Network.Server.Tests.Data;

/// <summary>
/// The backup and restore of deploy/README.md, as written there: <c>pg_dump --format=custom --no-owner</c> of the
/// demo network, restored with <c>pg_restore --no-owner</c> into an empty database, gives back every table row for row
/// (PostGIS columns and the migrations history included).
/// </summary>
public sealed class BackupRestoreTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    [Fact]
    public async Task A_dump_restores_into_an_empty_database_row_for_row()
    {
        await app.SeedOnceAsync(_ => app.SeedDemoNetworkAsync());
        var source = new NpgsqlConnectionStringBuilder(app.ConnectionString);
        var restored = source.Database + "_restored";
        var dump = Path.Combine(Path.GetTempPath(), $"network-backup-{Guid.NewGuid():N}.dump");
        try
        {
            await RunAsync("pg_dump", "--format=custom", "--no-owner", $"--file={dump}", $"--dbname={Libpq(source, source.Database!)}");
            await ExecuteAsync(source, $"DROP DATABASE IF EXISTS \"{restored}\" WITH (FORCE)");
            await ExecuteAsync(source, $"CREATE DATABASE \"{restored}\" TEMPLATE template0");
            await RunAsync("pg_restore", "--no-owner", "--exit-on-error", $"--dbname={Libpq(source, restored)}", dump);

            var before = await FingerprintAsync(source.ConnectionString);
            var after = await FingerprintAsync(new NpgsqlConnectionStringBuilder(source.ConnectionString) { Database = restored }.ConnectionString);

            Assert.Contains(before, table => table.Key == "__ef_migrations_history");
            Assert.Contains(before, table => table.Key == "employers" && table.Value.Rows > 300);
            Assert.Equal(before, after);
        }
        finally
        {
            File.Delete(dump);
            await ExecuteAsync(source, $"DROP DATABASE IF EXISTS \"{restored}\" WITH (FORCE)");
        }
    }

    /// <summary>Every table of the public schema, its row count and a hash of its rows in a stable order.</summary>
    private static async Task<SortedDictionary<string, (long Rows, string Hash)>> FingerprintAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'spatial_ref_sys'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var fingerprint = new SortedDictionary<string, (long, string)>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var hash = new NpgsqlCommand(
                $"SELECT count(*), coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \"{table}\" t", connection);
            await using var reader = await hash.ExecuteReaderAsync();
            await reader.ReadAsync();
            fingerprint[table] = (reader.GetInt64(0), reader.GetString(1));
        }

        return fingerprint;
    }

    private static string Libpq(NpgsqlConnectionStringBuilder source, string database) =>
        $"host={source.Host} port={source.Port} user={source.Username} dbname={database}";

    private static async Task ExecuteAsync(NpgsqlConnectionStringBuilder source, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(source.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(PostgresBinaries.Locate().BinDirectory, program))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} exited with {process.ExitCode}: {await error}{await output}");
    }
}
