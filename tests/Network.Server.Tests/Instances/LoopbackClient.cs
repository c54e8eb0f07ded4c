using System.Net;
using System.Net.Sockets;

namespace Network.Server.Tests.Instances;

/// <summary>HTTP clients whose connections leave from another loopback address (127.0.0.2, 127.0.0.3, …), as other callers would.</summary>
public static class LoopbackClient
{
    public static HttpClient From(string localAddress, Uri baseAddress)
    {
        var local = IPAddress.Parse(localAddress);
        return new HttpClient(new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    /// <summary>Sends one anonymous query, with <paramref name="forwardedFor"/> as <c>X-Forwarded-For</c> when given; the status code.</summary>
    public static async Task<int> QueryAsync(this HttpClient client, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ skills(first: 1) { totalCount } }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        if (forwardedFor is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        }

        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }
}
