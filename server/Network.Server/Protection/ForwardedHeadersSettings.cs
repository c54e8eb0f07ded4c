using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Network.Server.Hosting;

namespace Network.Server.Protection;

/// <summary>
/// The section <c>ForwardedHeaders</c>: the reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>
/// are believed. <c>KnownProxies</c> lists addresses and <c>KnownNetworks</c> CIDR blocks (each an array, or one string
/// separated by commas); <c>ForwardLimit</c> is how many proxies in a row are unwrapped (1 by default). None is trusted
/// by default, not even loopback: a header from anyone else is ignored, so that a caller cannot choose the address the
/// rate limits count it by.
/// </summary>
public sealed record ForwardedHeadersSettings(IReadOnlyList<IPAddress> KnownProxies, IReadOnlyList<System.Net.IPNetwork> KnownNetworks, int ForwardLimit)
{
    public const string Section = "ForwardedHeaders";

    public static ForwardedHeadersSettings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = List(section, "KnownProxies").Select(proxy => IPAddress.TryParse(proxy, out var address)
            ? address
            : throw new StartupException($"{Section}:KnownProxies holds '{proxy}', which is not an IP address (as in 10.0.0.5 or ::1)."));
        var networks = List(section, "KnownNetworks").Select(block => System.Net.IPNetwork.TryParse(block, out var network)
            ? network
            : throw new StartupException($"{Section}:KnownNetworks holds '{block}', which is not a network in CIDR notation (as in 10.0.0.0/8 or fd00::/8)."));
        return new ForwardedHeadersSettings([.. proxies], [.. networks], ReadForwardLimit(section));
    }

    /// <summary>Whether any proxy is configured; the headers are read only then.</summary>
    public bool TrustsAnyProxy => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    public void ApplyTo(ForwardedHeadersOptions options)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = ForwardLimit;

        // The framework trusts loopback by default; here exactly the configured proxies are trusted.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
#pragma warning disable ASPDEPR005 // The older list of networks is still consulted, and holds loopback by default.
        options.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
        foreach (var proxy in KnownProxies)
        {
            options.KnownProxies.Add(proxy);
        }

        foreach (var network in KnownNetworks)
        {
            options.KnownIPNetworks.Add(network);
        }
    }

    private static int ReadForwardLimit(IConfigurationSection section)
    {
        var value = section["ForwardLimit"];
        if (value is null)
        {
            return 1;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= 10
            ? limit
            : throw new StartupException($"{Section}:ForwardLimit is '{value}': give how many proxies stand in a row before the server, from 1 to 10.");
    }

    private static string[] List(IConfigurationSection section, string key)
    {
        var entry = section.GetSection(key);
        return entry.Value is { Length: > 0 } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : entry.Get<string[]>() ?? [];
    }
}
