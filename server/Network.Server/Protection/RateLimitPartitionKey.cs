using System.Net;
using System.Net.Sockets;

namespace Network.Server.Protection;

/// <summary>Who a request counts against: the authenticated user (its <c>sub</c> claim), else the caller's address.</summary>
public static class RateLimitPartitionKey
{
    public static string For(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true && context.User.FindFirst("sub")?.Value is { Length: > 0 } subject)
        {
            return "user:" + subject;
        }

        return context.Connection.RemoteIpAddress is { } address ? "ip:" + Network(address) : "ip:unknown";
    }

    /// <summary>An IPv4 address as it is; an IPv6 address by its /64, the block one client usually holds.</summary>
    private static string Network(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        bytes.AsSpan(8).Clear();
        return $"{new IPAddress(bytes)}/64";
    }
}
