using System.Net.Sockets;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Instances;

/// <summary>A private redis-server on a free loopback port, with nothing persisted; it can be stopped and started again on the same port.</summary>
public sealed class RedisProcess : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("network-redis-").FullName;
    private ChildProcess? _process;

    public int Port { get; } = FreePort.Next();

    /// <summary>The server's <c>Redis:Configuration</c>.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<RedisProcess> StartAsync()
    {
        var redis = new RedisProcess();
        await redis.StartAgainAsync();
        return redis;
    }

    public async Task StartAgainAsync()
    {
        var config = Path.Combine(_folder, "redis.conf");
        await File.WriteAllLinesAsync(config, [
            $"port {Port}",
            "bind 127.0.0.1",
            "save \"\"",
            "appendonly no",
            $"dir {_folder}",
            "daemonize no",
        ]);
        _process = ChildProcess.Start(Executable(), [config]);
        var listening = await Poll.UntilAsync(() => Task.FromResult(Answers()), TimeSpan.FromSeconds(30));
        Assert.True(listening, $"redis-server did not listen on {Port}:\n{_process.Output}");
    }

    /// <summary>SIGKILL, as a crash or a lost host: no goodbye to its clients.</summary>
    public async Task KillAsync()
    {
        if (_process is { } process)
        {
            await process.DisposeAsync();
            _process = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private bool Answers()
    {
        try
        {
            using var client = new TcpClient("127.0.0.1", Port);
            using var stream = client.GetStream();
            stream.Write("PING\r\n"u8);
            var buffer = new byte[16];
            var read = stream.Read(buffer);
            return System.Text.Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static readonly string[] Locations = ["/usr/bin/redis-server", "/usr/local/bin/redis-server"];

    private static string Executable() =>
        Locations.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("redis-server is not installed: scripts/prerequisites.sh --servers installs it.");
}
