using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Npgsql;

namespace Network.Server.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of one test class's own, which the test may stop, start and replicate without touching the shared
/// <see cref="TestCluster"/>. It keeps its port across restarts. Under root it runs as the unprivileged <c>postgres</c> account.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string DatabaseName = "network";
    private const string SuperUser = "network";
    private const string ServiceAccount = "postgres";

    private static readonly bool AsService = Environment.UserName == "root";
    private readonly PostgresBinaries _binaries = PostgresBinaries.Locate();

    private PostgresServer(string dataDirectory, int port)
    {
        DataDirectory = dataDirectory;
        Port = port;
    }

    public string DataDirectory { get; }

    public int Port { get; }

    public bool IsRunning { get; private set; }

    /// <summary>The network database; pooled connections are dropped after a few seconds idle, as the test cluster's are.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Database = DatabaseName,
        ConnectionIdleLifetime = 10,
        ConnectionPruningInterval = 5,
    }.ConnectionString;

    /// <summary>A new cluster with the migrated network database.</summary>
    public static async Task<PostgresServer> CreateAsync(string name)
    {
        var server = new PostgresServer(EmptyFolder(name), FreePort.Next());
        Run(server._binaries.InitDb, ["-D", server.DataDirectory, "-U", SuperUser, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
        server.Start();
        await using (var connection = new NpgsqlConnection(server.Maintenance))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{DatabaseName}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var options = new DbContextOptionsBuilder<NetworkDbContext>()
            .UseNetworkDatabase(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Pooling = false }.ConnectionString).Options;
        await using (var db = new NetworkDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        return server;
    }

    /// <summary>A hot standby of this cluster: a base backup (<c>pg_basebackup -R</c>) streaming from it, on a port of its own.</summary>
    public PostgresServer StartStandby(string name)
    {
        var standby = new PostgresServer(EmptyFolder(name), FreePort.Next());
        Run(Path.Combine(_binaries.BinDirectory, "pg_basebackup"),
            ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", SuperUser, "-D", standby.DataDirectory, "-R", "-X", "stream", "--checkpoint=fast"]);
        standby.Start();
        return standby;
    }

    public void Start()
    {
        var options = string.Join(' ',
            $"-p {Port.ToString(CultureInfo.InvariantCulture)}",
            "-c listen_addresses=127.0.0.1",
            $"-k {DataDirectory}",
            "-c max_connections=100",
            "-c fsync=off -c full_page_writes=off",
            "-c shared_buffers=32MB");
        Run(_binaries.PgCtl, ["start", "-D", DataDirectory, "-w", "-t", "60", "-l", DataDirectory + ".log", "-o", options]);
        IsRunning = true;
    }

    /// <summary>Stops the cluster as an operator's fast shutdown does: open sessions are ended, transactions in flight roll back.</summary>
    public void Stop()
    {
        Run(_binaries.PgCtl, ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60"]);
        IsRunning = false;
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql) => await ScalarAsync<object>($"{sql}; SELECT 1");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (IsRunning)
        {
            Run(_binaries.PgCtl, ["stop", "-D", DataDirectory, "-m", "immediate", "-w"], throwOnError: false);
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
            File.Delete(DataDirectory + ".log");
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        await Task.CompletedTask;
    }

    private string Maintenance => new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;

    private static string EmptyFolder(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"network-tests-{Environment.ProcessId}-{name}");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        // PostgreSQL refuses a data directory that others may read.
        Directory.CreateDirectory(folder);
        RunProcess("chmod", ["700", folder], asService: false, throwOnError: true);
        if (AsService)
        {
            RunProcess("chown", [ServiceAccount, folder], asService: false, throwOnError: true);
        }

        return folder;
    }

    private static void Run(string program, IReadOnlyList<string> arguments, bool throwOnError = true) =>
        RunProcess(program, arguments, AsService, throwOnError);

    private static void RunProcess(string program, IReadOnlyList<string> arguments, bool asService, bool throwOnError)
    {
        var start = new ProcessStartInfo(asService ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var argument in asService ? ["-u", ServiceAccount, "--", program, .. arguments] : arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (throwOnError && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed with exit code {process.ExitCode}: {error.Result}{output.Result}");
        }
    }
}
