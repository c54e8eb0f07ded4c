namespace Network.Server.Tests.Instances;

/// <summary>
/// The rate limits of several instances behind a reverse proxy: one bucket per caller whichever instance answers, the
/// caller's address from <c>X-Forwarded-For</c> only when the proxy sent it, and per-instance buckets while Redis is down.
/// Each test is a caller of its own address, so that no test spends another's bucket.
/// </summary>
[Collection(InstancesRunAlone.Name)]
public sealed class SharedRateLimitTests(SharedRateLimitFixture instances) : IClassFixture<SharedRateLimitFixture>
{
    private const int Burst = SharedRateLimitFixture.Burst;

    [Fact]
    public async Task Through_nginx_one_bucket_holds_across_both_instances()
    {
        using var caller = instances.ThroughNginx("127.0.0.2");
        var statuses = new List<int>();
        for (var i = 0; i < Burst + 2; i++)
        {
            statuses.Add(await caller.QueryAsync());
        }

        // Per instance, the limit would let 2 × Burst through.
        Assert.Equal([.. Enumerable.Repeat(200, Burst), 429, 429], statuses);

        var answered = await AnswersForAsync("127.0.0.2", Burst + 2);
        Assert.Equal(
            new[] { $"127.0.0.1:{instances.First.Port}", $"127.0.0.1:{instances.Second.Port}" }.Order(),
            answered.Select(line => line[2]).Distinct().Order());
        Assert.Equal(2, answered.Where(line => line[1] == "429").Select(line => line[2]).Distinct().Count());
    }

    [Fact]
    public async Task Behind_nginx_each_caller_has_a_bucket_of_its_own_whatever_it_forwards()
    {
        // Through the proxy, a forged X-Forwarded-For is kept, but the proxy adds the address it saw last, and only that one is believed.
        using var forger = instances.ThroughNginx("127.0.0.5");
        var statuses = new List<int>();
        for (var i = 0; i < Burst + 1; i++)
        {
            statuses.Add(await forger.QueryAsync(forwardedFor: $"198.51.100.{i + 1}"));
        }

        Assert.Equal([.. Enumerable.Repeat(200, Burst), 429], statuses);

        // The instances see every request coming from nginx: only X-Forwarded-For tells another caller apart.
        using var other = instances.ThroughNginx("127.0.0.6");
        Assert.Equal(200, await other.QueryAsync());
    }

    [Fact]
    public async Task A_forged_forwarded_for_from_an_untrusted_address_is_ignored()
    {
        // Straight to an instance, from an address that is not a configured proxy: the header names someone else each time.
        using var attacker = LoopbackClient.From("127.0.0.3", instances.First.BaseAddress);
        var statuses = new List<int>();
        for (var i = 0; i < Burst + 1; i++)
        {
            statuses.Add(await attacker.QueryAsync(forwardedFor: i % 2 == 0 ? "127.0.0.4" : $"203.0.113.{i}"));
        }

        // Counted by its own address: it cannot dodge the limit...
        Assert.Equal([.. Enumerable.Repeat(200, Burst), 429], statuses);

        // ... nor spend the bucket of the caller it named.
        using var victim = instances.ThroughNginx("127.0.0.4");
        Assert.Equal(200, await victim.QueryAsync());
    }

    [Fact]
    public async Task Without_redis_each_instance_limits_on_its_own_and_shares_again_once_redis_returns()
    {
        await instances.Redis.KillAsync();
        try
        {
            using var caller = instances.ThroughNginx("127.0.0.7");
            var statuses = new List<int>();
            for (var i = 0; i < 3 * Burst; i++)
            {
                statuses.Add(await caller.QueryAsync());
            }

            // More than one bucket's worth (each instance has its own now), never more than both, and never no limit.
            var allowed = statuses.Count(status => status == 200);
            Assert.InRange(allowed, Burst + 1, 2 * Burst);
            Assert.All(statuses, status => Assert.True(status is 200 or 429, $"{status}"));
            Assert.Equal([429, 429], statuses[^2..]);

            // One warning per instance for the outage, not one per request.
            foreach (var instance in new[] { instances.First, instances.Second })
            {
                Assert.True(await instance.Process.WaitForOutputAsync(RedisDown, TimeSpan.FromSeconds(30)), instance.Output);
                Assert.Equal(1, Occurrences(instance.Output, RedisDown));
            }
        }
        finally
        {
            await instances.Redis.StartAgainAsync();
        }

        // Back to Redis once it answers: both instances say so after a request of theirs reached it.
        using var prober = instances.ThroughNginx("127.0.0.8");
        var restored = await Poll.UntilAsync(
            async () =>
            {
                await prober.QueryAsync();
                return instances.First.Output.Contains(RedisBack, StringComparison.Ordinal) && instances.Second.Output.Contains(RedisBack, StringComparison.Ordinal);
            },
            TimeSpan.FromSeconds(60));
        Assert.True(restored, $"{instances.First.Output}\n{instances.Second.Output}");

        using var next = instances.ThroughNginx("127.0.0.9");
        var shared = new List<int>();
        for (var i = 0; i < Burst + 2; i++)
        {
            shared.Add(await next.QueryAsync());
        }

        Assert.Equal([.. Enumerable.Repeat(200, Burst), 429, 429], shared);
    }

    private const string RedisDown = "Redis does not answer";

    private const string RedisBack = "Redis answers again";

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    /// <summary>The access log's lines for <paramref name="address"/>, once nginx has logged <paramref name="count"/> of them.</summary>
    private async Task<IReadOnlyList<string[]>> AnswersForAsync(string address, int count)
    {
        IReadOnlyList<string[]> lines = [];
        var logged = await Poll.UntilAsync(
            async () =>
            {
                lines = [.. (await instances.Nginx.AccessLogAsync()).Where(line => line[0] == address)];
                return lines.Count >= count;
            },
            TimeSpan.FromSeconds(30));
        Assert.True(logged, $"nginx logged {lines.Count} of {count} requests from {address}");
        return lines;
    }
}
