using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Npgsql;

namespace Network.Server.Data;

/// <summary>
/// A private PostgreSQL cluster in a folder of its own, run from the machine's binaries: the
/// development server's database and the test suite's throwaway one. PostgreSQL refuses to run as
/// root, so under root the cluster belongs to the unprivileged <c>postgres</c> account.
/// </summary>
public sealed partial class LocalPostgresCluster : IDisposable
{
    private const string SuperUser = "network";
    private const string ServiceAccount = "postgres";

    private readonly PostgresBinaries _binaries;
    private readonly bool _ownsProcess;
    private readonly Action<string>? _log;

    private LocalPostgresCluster(string dataDirectory, int port, PostgresBinaries binaries, bool ownsProcess, Action<string>? log)
    {
        DataDirectory = dataDirectory;
        Port = port;
        _binaries = binaries;
        _ownsProcess = ownsProcess;
        _log = log;
    }

    public string DataDirectory { get; }

    public int Port { get; }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Database = database,
        MaxPoolSize = 200,
    }.ConnectionString;

    /// <summary>
    /// Starts the cluster in <paramref name="dataDirectory"/>, creating it first if needed; reuses one already running there
    /// (whose settings are left as they are). <paramref name="settings"/> adds server settings (<c>NAME=VALUE</c>, passed
    /// as <c>-c NAME=VALUE</c>) to those below, such as <c>shared_preload_libraries=pg_stat_statements</c> for a benchmark.
    /// </summary>
    public static LocalPostgresCluster Start(string dataDirectory, Action<string>? log = null, IReadOnlyList<string>? settings = null)
    {
        var extra = ValidSettings(settings ?? []);
        var binaries = PostgresBinaries.Locate();
        dataDirectory = Path.GetFullPath(dataDirectory);
        var runAsService = Environment.UserName == "root";
        if (runAsService && !ServiceAccountCanReach(dataDirectory))
        {
            // The folder lies under a directory the unprivileged account cannot enter (such as /root).
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(dataDirectory)))[..12];
            var fallback = Path.Combine("/var/tmp", $"network-postgres-{hash}");
            log?.Invoke($"The {ServiceAccount} account cannot reach {dataDirectory}; keeping the cluster in {fallback} instead.");
            dataDirectory = fallback;
        }

        if (!File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            log?.Invoke($"Creating a PostgreSQL {binaries.MajorVersion} cluster in {dataDirectory}");
            Directory.CreateDirectory(dataDirectory);
            if (runAsService)
            {
                Run("chown", ["-R", ServiceAccount, dataDirectory], asService: false);
            }

            Run(binaries.InitDb, ["-D", dataDirectory, "-U", SuperUser, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"], runAsService);
        }

        var running = ReadRunningPort(dataDirectory);
        if (running is { } existing && Run(binaries.PgCtl, ["status", "-D", dataDirectory], runAsService, throwOnError: false) == 0)
        {
            return new LocalPostgresCluster(dataDirectory, existing, binaries, ownsProcess: false, log);
        }

        var port = FreePort();
        string[] options =
        [
            $"-p {port.ToString(CultureInfo.InvariantCulture)}",
            "-c listen_addresses=127.0.0.1",
            $"-k {dataDirectory}",
            "-c max_connections=300",
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
            "-c shared_buffers=256MB",
            .. extra.Select(setting => $"-c {setting}"),
        ];
        Run(binaries.PgCtl, ["start", "-D", dataDirectory, "-w", "-t", "60", "-l", Path.Combine(dataDirectory, "server.log"), "-o", string.Join(' ', options)], runAsService);
        log?.Invoke($"PostgreSQL is listening on 127.0.0.1:{port}");
        return new LocalPostgresCluster(dataDirectory, port, binaries, ownsProcess: true, log);
    }

    /// <summary>Creates <paramref name="database"/> if the cluster does not have it yet.</summary>
    public static void EnsureDatabase(string maintenanceConnectionString, string database, string? template = null)
    {
        using var connection = new NpgsqlConnection(maintenanceConnectionString);
        connection.Open();
        using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (exists.ExecuteScalar() is null)
        {
            var templateClause = template is null ? string.Empty : $" TEMPLATE \"{template}\"";
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"{templateClause}", connection);
            create.ExecuteNonQuery();
        }
    }

    /// <summary>Stops the cluster if <see cref="Start"/> started it; one that was already running is left running.</summary>
    public void Dispose()
    {
        if (_ownsProcess && Run(_binaries.PgCtl, ["stop", "-D", DataDirectory, "-m", "fast", "-w"], Environment.UserName == "root", throwOnError: false) == 0)
        {
            _log?.Invoke($"PostgreSQL on 127.0.0.1:{Port} has stopped");
        }
    }

    /// <summary>
    /// Settings reach postgres through pg_ctl's option string, which a shell splits: only names and plain values
    /// (letters, digits, <c>_ . , -</c>) are accepted, so that none can add options of its own.
    /// </summary>
    private static IReadOnlyList<string> ValidSettings(IReadOnlyList<string> settings)
    {
        foreach (var setting in settings)
        {
            if (!SettingPattern().IsMatch(setting))
            {
                throw new ArgumentException(
                    $"PostgreSQL setting '{setting}' is not NAME=VALUE with a name of letters, digits, '_' and '.', and a plain value of letters, digits and '_ . , -'.",
                    nameof(settings));
            }
        }

        return settings;
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.]*=[A-Za-z0-9_.,\-]+$")]
    private static partial Regex SettingPattern();

    private static bool ServiceAccountCanReach(string dataDirectory)
    {
        var parent = Path.GetDirectoryName(dataDirectory)!;
        Directory.CreateDirectory(parent);
        return Run("test", ["-x", parent], asService: true, throwOnError: false) == 0;
    }

    private static int? ReadRunningPort(string dataDirectory)
    {
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }

        var lines = File.ReadAllLines(pidFile);
        return lines.Length > 3 && int.TryParse(lines[3], CultureInfo.InvariantCulture, out var port) ? port : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static int Run(string program, IReadOnlyList<string> arguments, bool asService, bool throwOnError = true)
    {
        var start = new ProcessStartInfo(asService ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = "/",
        };
        if (asService)
        {
            foreach (var argument in (string[])["-u", ServiceAccount, "--", program])
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (throwOnError && process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} failed with exit code {process.ExitCode}: {error.Result}{output.Result}");
        }

        return process.ExitCode;
    }
}
