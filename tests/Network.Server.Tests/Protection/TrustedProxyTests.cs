namespace Network.Server.Tests.Protection;

/// <summary>Behind a configured proxy, the caller is the address the proxy forwards: each has a bucket of its own.</summary>
public sealed class TrustedProxyTests(TrustedProxyApp app) : IClassFixture<TrustedProxyApp>
{
    [Fact]
    public async Task From_a_configured_proxy_each_forwarded_caller_is_limited_on_its_own()
    {
        var client = app.CreateClient();
        var first = new List<int>();
        for (var i = 0; i <= RateLimitedApp.Burst; i++)
        {
            first.Add(await SendAsync(client, "198.51.100.1"));
        }

        Assert.Equal([.. Enumerable.Repeat(200, RateLimitedApp.Burst), 429], first);
        Assert.Equal(200, await SendAsync(client, "198.51.100.2"));

        // The proxy appends the address it saw; a value the caller put before it is not believed.
        Assert.Equal(429, await SendAsync(client, "203.0.113.9, 198.51.100.1"));
    }

    private static async Task<int> SendAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ skills(first: 1) { totalCount } }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }
}
