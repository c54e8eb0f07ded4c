using System.Net;

namespace Network.Server.Tests.Observability;

[Collection(RunsAlone.Name)]
public sealed class RateLimitMetricsTests(RateLimitedObservedApp app) : IClassFixture<RateLimitedObservedApp>
{
    [Fact]
    public async Task Rate_limit_refusals_are_counted()
    {
        var client = app.CreateGraphQLClient();
        HttpStatusCode status;
        var sent = 0;
        do
        {
            using var response = await client.Http.GetAsync("/graphql?query=%7B__typename%7D");
            status = response.StatusCode;
        }
        while (status != HttpStatusCode.TooManyRequests && ++sent < 10);

        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        var refusals = Assert.Single(app.Points("network.rate_limit.refusals"));
        Assert.True(refusals.GetSumLong() >= 1);
    }
}
