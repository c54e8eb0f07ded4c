using System.Net.Sockets;
using System.Text.RegularExpressions;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Instances;

/// <summary>
/// nginx running the example configuration <c>deploy/nginx/network.conf</c> itself, with its listen port and its two
/// upstream instances replaced by this test's ports, in a temporary prefix of its own. Its access log records, for each
/// request, the caller's address, the status and the instance that answered.
/// </summary>
public sealed partial class NginxProcess : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("network-nginx-").FullName;
    private ChildProcess? _process;

    public int Port { get; } = FreePort.Next();

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public string AccessLogPath => Path.Combine(_folder, "access.log");

    public static async Task<NginxProcess> StartAsync(string repositoryRoot, int firstInstancePort, int secondInstancePort)
    {
        var nginx = new NginxProcess();
        try
        {
            await nginx.RunAsync(repositoryRoot, firstInstancePort, secondInstancePort);
        }
        catch
        {
            await nginx.DisposeAsync();
            throw;
        }

        return nginx;
    }

    /// <summary>The example file with this test's ports: each replacement must match once, so a changed example fails here rather than being tested half.</summary>
    public static string Render(string example, int listenPort, int firstInstancePort, int secondInstancePort)
    {
        var rendered = ReplaceOnce(example, ListenLine(), $"listen 127.0.0.1:{listenPort};");
        rendered = ReplaceOnce(rendered, FirstUpstream(), $"server 127.0.0.1:{firstInstancePort} ");
        return ReplaceOnce(rendered, SecondUpstream(), $"server 127.0.0.1:{secondInstancePort} ");
    }

    /// <summary>The lines of the access log: caller address, status, upstream address.</summary>
    public async Task<IReadOnlyList<string[]>> AccessLogAsync() =>
        File.Exists(AccessLogPath)
            ? [.. (await File.ReadAllLinesAsync(AccessLogPath)).Select(line => line.Split(' '))]
            : [];

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            await process.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task RunAsync(string repositoryRoot, int firstInstancePort, int secondInstancePort)
    {
        var example = await File.ReadAllTextAsync(Path.Combine(repositoryRoot, "deploy", "nginx", "network.conf"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "network.conf"), Render(example, Port, firstInstancePort, secondInstancePort));

        // The main configuration a distribution's nginx.conf would be, pointed at the temporary prefix.
        var temp = Path.Combine(_folder, "temp");
        Directory.CreateDirectory(temp);
        await File.WriteAllTextAsync(Path.Combine(_folder, "nginx.conf"), $$"""
            worker_processes 1;
            pid {{_folder}}/nginx.pid;
            error_log {{_folder}}/error.log warn;
            events { worker_connections 256; }
            http {
                log_format upstreams '$remote_addr $status $upstream_addr';
                access_log {{AccessLogPath}} upstreams;
                client_body_temp_path {{temp}}/body;
                proxy_temp_path {{temp}}/proxy;
                fastcgi_temp_path {{temp}}/fastcgi;
                uwsgi_temp_path {{temp}}/uwsgi;
                scgi_temp_path {{temp}}/scgi;
                include {{_folder}}/network.conf;
            }
            """);

        // As root, nginx's workers run as an unprivileged user: they must be able to write the temporary folders.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_folder, (UnixFileMode)0b111_111_111);
            File.SetUnixFileMode(temp, (UnixFileMode)0b111_111_111);
        }
        _process = ChildProcess.Start(Executable(), ["-p", _folder, "-c", Path.Combine(_folder, "nginx.conf"), "-e", Path.Combine(_folder, "error.log"), "-g", "daemon off;"]);
        var listening = await Poll.UntilAsync(() => Task.FromResult(Listens()), TimeSpan.FromSeconds(30));
        Assert.True(listening, $"nginx did not listen on {Port}:\n{_process.Output}");
    }

    private bool Listens()
    {
        if (_process!.HasExited)
        {
            throw new InvalidOperationException($"nginx exited with {_process.ExitCode}:\n{_process.Output}");
        }

        try
        {
            using var client = new TcpClient("127.0.0.1", Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string ReplaceOnce(string text, Regex pattern, string replacement)
    {
        Assert.Single(pattern.Matches(text));
        return pattern.Replace(text, replacement);
    }

    private static readonly string[] Locations = ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"];

    private static string Executable() =>
        Locations.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("nginx is not installed: scripts/prerequisites.sh --servers installs it.");

    [GeneratedRegex(@"listen 80;")]
    private static partial Regex ListenLine();

    [GeneratedRegex(@"server 127\.0\.0\.1:5080 ")]
    private static partial Regex FirstUpstream();

    [GeneratedRegex(@"server 127\.0\.0\.1:5081 ")]
    private static partial Regex SecondUpstream();
}
