namespace Network.Server.Tests.Protection;

/// <summary>
/// With no proxy configured, X-Forwarded-For is ignored, from loopback too: a caller cannot dodge its limit by naming
/// another address each time. (With both of its lists empty, the framework's middleware would believe every sender.)
/// </summary>
public sealed class ForwardedHeadersTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task Without_configured_proxies_a_forwarded_for_header_is_ignored()
    {
        var statuses = new List<int>();
        for (var i = 0; i <= RateLimitedApp.Burst; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent("""{"query":"{ skills(first: 1) { totalCount } }"}""", System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", $"198.51.100.{i + 1}");
            using var response = await app.CreateClient().SendAsync(request);
            statuses.Add((int)response.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(200, RateLimitedApp.Burst), 429], statuses);
    }
}
