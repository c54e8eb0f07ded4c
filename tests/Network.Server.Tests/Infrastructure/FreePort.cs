using System.Net;
using System.Net.Sockets;

namespace Network.Server.Tests.Infrastructure;

/// <summary>A loopback TCP port that nothing listens on now.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
