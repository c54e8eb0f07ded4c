using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Network.Server.Hosting;
using Network.Server.Protection;

namespace Network.Server.Tests.Protection;

/// <summary>Settings of the edge that are wrong stop the server at start-up, naming the setting.</summary>
public sealed class EdgeSettingsTests
{
    [Fact]
    public void No_proxy_is_trusted_unless_configured()
    {
        var settings = ForwardedHeadersSettings.Read(Configuration([]));
        var options = new ForwardedHeadersOptions();
        settings.ApplyTo(options);

        Assert.Empty(options.KnownProxies);
        Assert.Empty(options.KnownIPNetworks);
        Assert.Equal(1, options.ForwardLimit);
    }

    [Fact]
    public void Proxies_and_networks_are_read_from_lists_or_comma_separated_strings()
    {
        var settings = ForwardedHeadersSettings.Read(Configuration(new()
        {
            ["ForwardedHeaders:KnownProxies"] = "10.0.0.5, ::1",
            ["ForwardedHeaders:KnownNetworks:0"] = "10.1.0.0/16",
            ["ForwardedHeaders:KnownNetworks:1"] = "fd00::/8",
            ["ForwardedHeaders:ForwardLimit"] = "2",
        }));

        Assert.Equal(["10.0.0.5", "::1"], settings.KnownProxies.Select(a => a.ToString()));
        Assert.Equal(["10.1.0.0/16", "fd00::/8"], settings.KnownNetworks.Select(n => n.ToString()));
        Assert.Equal(2, settings.ForwardLimit);
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies", "proxy.internal")]
    [InlineData("ForwardedHeaders:KnownNetworks", "10.0.0.0/33")]
    [InlineData("ForwardedHeaders:ForwardLimit", "0")]
    public void A_bad_forwarded_headers_setting_fails_naming_it(string key, string value)
    {
        var problem = Assert.Throws<StartupException>(() => ForwardedHeadersSettings.Read(Configuration(new() { [key] = value })));
        Assert.Contains(key, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Redis:Configuration", "localhost:6379,nosuchoption=1")]
    [InlineData("Redis:Configuration", "password=only")]
    [InlineData("Redis:FallbackPeriod", "never")]
    public void A_bad_redis_setting_fails_naming_it(string key, string value)
    {
        var settings = new Dictionary<string, string?> { ["Redis:Configuration"] = "localhost:6379", [key] = value };
        var problem = Assert.Throws<StartupException>(() => RedisSettings.Read(Configuration(settings)));
        Assert.Contains(key, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Redis_is_optional_and_never_waited_for_long()
    {
        Assert.Null(RedisSettings.Read(Configuration([])));

        var redis = RedisSettings.Read(Configuration(new() { ["Redis:Configuration"] = "localhost:6379" }))!;
        Assert.False(redis.Options.AbortOnConnectFail);
        Assert.InRange(redis.Options.ConnectTimeout, 1, 1000);
        Assert.InRange(redis.Options.AsyncTimeout, 1, 1000);

        var chosen = RedisSettings.Read(Configuration(new() { ["Redis:Configuration"] = "localhost:6379,connectTimeout=2000" }))!;
        Assert.Equal(2000, chosen.Options.ConnectTimeout);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("soon")]
    public void A_bad_shutdown_timeout_fails_naming_it(string value)
    {
        var problem = Assert.Throws<StartupException>(() => ShutdownSettings.Read(Configuration(new() { [ShutdownSettings.Key] = value })));
        Assert.Contains(ShutdownSettings.Key, problem.Message, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(30), ShutdownSettings.Read(Configuration([])));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
