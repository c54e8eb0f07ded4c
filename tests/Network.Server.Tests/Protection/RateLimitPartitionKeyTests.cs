using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Network.Server.Protection;

namespace Network.Server.Tests.Protection;

/// <summary>Who a request counts against, and the bucket the configuration gives each caller.</summary>
public sealed class RateLimitPartitionKeyTests
{
    [Fact]
    public void A_signed_in_caller_is_counted_by_its_sub_claim_wherever_it_calls_from()
    {
        var fromHome = Context("203.0.113.5", User("mentor-17"));
        var fromWork = Context("198.51.100.9", User("mentor-17"));
        var colleague = Context("198.51.100.9", User("mentor-18"));

        Assert.Equal("user:mentor-17", RateLimitPartitionKey.For(fromHome));
        Assert.Equal(RateLimitPartitionKey.For(fromHome), RateLimitPartitionKey.For(fromWork));
        Assert.NotEqual(RateLimitPartitionKey.For(fromWork), RateLimitPartitionKey.For(colleague));
    }

    [Fact]
    public void An_anonymous_caller_is_counted_by_its_address()
    {
        Assert.Equal("ip:203.0.113.5", RateLimitPartitionKey.For(Context("203.0.113.5")));
        Assert.NotEqual(RateLimitPartitionKey.For(Context("203.0.113.5")), RateLimitPartitionKey.For(Context("203.0.113.6")));
        Assert.Equal("ip:203.0.113.5", RateLimitPartitionKey.For(Context("::ffff:203.0.113.5")));
        Assert.Equal("ip:unknown", RateLimitPartitionKey.For(new DefaultHttpContext()));
    }

    [Fact]
    public void A_sub_claim_counts_only_when_the_user_is_authenticated()
    {
        var unauthenticated = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "mentor-17")]));

        Assert.Equal("ip:203.0.113.5", RateLimitPartitionKey.For(Context("203.0.113.5", unauthenticated)));
        Assert.Equal("ip:203.0.113.5", RateLimitPartitionKey.For(Context("203.0.113.5", User(null))));
    }

    [Fact]
    public void An_ipv6_caller_is_counted_by_its_64_bit_prefix()
    {
        var one = RateLimitPartitionKey.For(Context("2001:db8:1:2::10"));
        var sameNetwork = RateLimitPartitionKey.For(Context("2001:db8:1:2:ffff::1"));
        var otherNetwork = RateLimitPartitionKey.For(Context("2001:db8:1:3::10"));

        Assert.Equal("ip:2001:db8:1:2::/64", one);
        Assert.Equal(one, sameNetwork);
        Assert.NotEqual(one, otherNetwork);
    }

    [Fact]
    public void The_defaults_allow_300_requests_a_minute_in_bursts_of_100()
    {
        var options = RateLimitingOptions.Read(new ConfigurationBuilder().Build());
        var bucket = options.ToTokenBucket();

        Assert.True(options.Enabled);
        Assert.Equal(100, bucket.TokenLimit);
        Assert.Equal(5, bucket.TokensPerPeriod);
        Assert.Equal(TimeSpan.FromSeconds(1), bucket.ReplenishmentPeriod);
        Assert.Equal(0, bucket.QueueLimit);
    }

    [Fact]
    public void Slow_rates_refill_one_permit_at_a_time()
    {
        var bucket = Read(("PermitsPerWindow", "3"), ("Window", "01:00:00"), ("Burst", "3")).ToTokenBucket();

        Assert.Equal(3, bucket.TokenLimit);
        Assert.Equal(1, bucket.TokensPerPeriod);
        Assert.Equal(TimeSpan.FromMinutes(20), bucket.ReplenishmentPeriod);
    }

    [Theory]
    [InlineData("PermitsPerWindow", "0")]
    [InlineData("Burst", "0")]
    [InlineData("Window", "00:00:00")]
    public void Limits_that_allow_nothing_are_refused_at_start_up(string key, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read((key, value)));

        Assert.Contains("RateLimiting", error.Message, StringComparison.Ordinal);
    }

    private static RateLimitingOptions Read(params (string Key, string Value)[] settings) =>
        RateLimitingOptions.Read(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>($"RateLimiting:{s.Key}", s.Value)))
            .Build());

    private static ClaimsPrincipal User(string? subject) =>
        new(new ClaimsIdentity(subject is null ? [] : [new Claim("sub", subject)], authenticationType: "Bearer"));

    private static DefaultHttpContext Context(string address, ClaimsPrincipal? user = null)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        if (user is not null)
        {
            context.User = user;
        }

        return context;
    }
}
