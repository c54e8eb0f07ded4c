using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Network.Server.Data;

namespace Network.Server.Tests.Hosting;

/// <summary>
/// The built server executable as <c>scripts/demo.sh</c> runs it: <c>dotnet Network.Server.dll</c> in
/// Development with no connection string, in a temporary folder that is its content root. Outside a
/// checkout the server keeps its private PostgreSQL cluster in the content root's <c>.data/postgres</c>.
/// Disposing kills any server still running, stops any cluster left running and deletes the folder.
/// </summary>
public sealed class ServerSandbox : IDisposable
{
    private const UnixFileMode Traversable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
        UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("network-server-");
    private readonly List<ServerProcess> _processes = [];

    public ServerSandbox()
    {
        // Under root the cluster runs as the unprivileged postgres account, which must reach the folder.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_root.FullName, Traversable);
        }

        foreach (var settings in (string[])["appsettings.json", "appsettings.Development.json"])
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, settings), Path.Combine(_root.FullName, settings));
        }
    }

    public string Folder => _root.FullName;

    public string DataDirectory => Path.Combine(_root.FullName, ".data", "postgres");

    public bool ClusterCreated => File.Exists(Path.Combine(DataDirectory, "PG_VERSION"));

    /// <summary>PostgreSQL removes its <c>postmaster.pid</c> when it shuts down.</summary>
    public bool ClusterRunning => File.Exists(Path.Combine(DataDirectory, "postmaster.pid"));

    /// <summary>Starts the server with <paramref name="arguments"/>: none to serve, or a command such as <c>migrate</c>.</summary>
    public ServerProcess Start(params string[] arguments) => Start(new Dictionary<string, string>(), arguments);

    /// <summary>Starts the server with <paramref name="arguments"/> and <paramref name="environment"/> added, such as a connection string.</summary>
    public ServerProcess Start(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("env")
        {
            WorkingDirectory = _root.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // Ctrl+C sends SIGINT to a terminal's foreground job, which has it at the default. A process inherits
        // ignored signals, and a test run started in the background of a non-interactive shell ignores SIGINT:
        // env restores the default before it becomes dotnet, the same process.
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        foreach (var argument in (string[])["--default-signal=INT", dotnet, Path.Combine(AppContext.BaseDirectory, "Network.Server.dll"), .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        // Only the settings given here, none from the test run's environment (a connection string would skip the cluster).
        var inherited = start.Environment.Keys
            .Where(key => key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("ConnectionStrings", StringComparison.OrdinalIgnoreCase))
            .ToList();
        foreach (var key in inherited)
        {
            start.Environment.Remove(key);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new ServerProcess(start, port);
        _processes.Add(process);
        return process;
    }

    /// <summary>Runs a command such as <c>migrate</c> to its end.</summary>
    public Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) => RunAsync(new Dictionary<string, string>(), arguments);

    /// <summary>Runs a command to its end with <paramref name="environment"/> added.</summary>
    public async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var process = Start(environment, arguments);
        var exitCode = await process.WaitForExitAsync();
        return (exitCode, process.Output);
    }

    public void Dispose()
    {
        try
        {
            foreach (var process in _processes)
            {
                process.Dispose();
            }

            if (ClusterRunning)
            {
                StopCluster();
            }
        }
        finally
        {
            _root.Delete(recursive: true);
        }
    }

    private void StopCluster()
    {
        var pgCtl = PostgresBinaries.Locate().PgCtl;
        var asService = Environment.UserName == "root";
        var start = new ProcessStartInfo(asService ? "runuser" : pgCtl) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in asService ? ["-u", "postgres", "--", pgCtl] : Array.Empty<string>())
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in (string[])["stop", "-D", DataDirectory, "-m", "immediate", "-w"])
        {
            start.ArgumentList.Add(argument);
        }

        using var stop = Process.Start(start)!;
        stop.WaitForExit();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
