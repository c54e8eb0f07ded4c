using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Network.Benchmarks;

/// <summary>The last lines a child process wrote, kept to explain a failure; and a free loopback port to start one on.</summary>
internal sealed class ProcessOutputTail
{
    private const int KeptLines = 40;
    private readonly ConcurrentQueue<string> _lines = new();

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lines.Enqueue(line);
        while (_lines.Count > KeptLines && _lines.TryDequeue(out _))
        {
        }
    }

    public override string ToString() => string.Join('\n', _lines);
}
