using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Network.Server.Identity;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Protection;

/// <summary>
/// Rate limits over real HTTP. Every anonymous request of this class comes from the same loopback
/// address and so shares one bucket: only one test spends it. Signed-in callers have buckets of their own.
/// </summary>
public sealed class RateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    private const string GraphQLResponse = "application/graphql-response+json";

    [Fact]
    public async Task A_caller_past_its_limit_gets_429_with_retry_after_while_other_callers_go_on()
    {
        var client = app.CreateGraphQLClient(TestCallers.Anonymous);
        for (var i = 0; i < RateLimitedApp.Burst; i++)
        {
            Assert.Equal(200, (await client.PostAsync("{ skills(first: 1) { totalCount } }")).StatusCode);
        }

        using var limited = await SendAsync(app.CreateClient(), accept: null);
        var body = await Infrastructure.GraphQLResponse.ReadAsync(limited);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retryAfter = int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 20 * 60);
        Assert.Equal(GraphQLResponse, limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal("RATE_LIMITED", body.FirstErrorCode);
        Assert.Null(body.Data);

        // The error answers in the negotiated media type, and GET counts as much as POST.
        using var negotiated = await SendAsync(app.CreateClient(), GraphQLResponse, HttpMethod.Get);
        Assert.Equal(HttpStatusCode.TooManyRequests, negotiated.StatusCode);
        Assert.Equal(GraphQLResponse, negotiated.Content.Headers.ContentType?.MediaType);

        // Another address has a bucket of its own.
        using var otherCaller = ClientFrom(IPAddress.Parse("127.0.0.2"));
        using var other = await SendAsync(otherCaller, GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);

        // Health checks are not limited.
        using var health = await app.CreateClient().GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_caller_is_limited_by_who_they_are_not_where_they_call_from()
    {
        var spender = app.CreateGraphQLClient(new Caller("rate-limit-spender", [Role.Organiser]));
        for (var i = 0; i < RateLimitedApp.Burst; i++)
        {
            Assert.Equal(200, (await spender.PostAsync("{ skills(first: 1) { totalCount } }")).StatusCode);
        }

        var limited = await spender.PostAsync("{ skills(first: 1) { totalCount } }");
        var colleague = await app.CreateGraphQLClient(new Caller("rate-limit-colleague", [Role.Organiser])).PostAsync("{ skills(first: 1) { totalCount } }");

        Assert.Equal(429, limited.StatusCode);
        Assert.Equal("RATE_LIMITED", limited.FirstErrorCode);
        Assert.Equal(200, colleague.StatusCode);
    }

    [Fact]
    public async Task Health_checks_are_never_limited()
    {
        var client = app.CreateClient();
        for (var i = 0; i < RateLimitedApp.Burst * 3; i++)
        {
            using var response = await client.GetAsync("/health/live");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string? accept, HttpMethod? method = null)
    {
        const string query = "{ skills(first: 1) { totalCount } }";
        using var request = method == HttpMethod.Get
            ? new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(query)}")
            : new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(new JsonObject { ["query"] = query }.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return await client.SendAsync(request);
    }

    /// <summary>A client whose connections leave from <paramref name="local"/>, another loopback address.</summary>
    private HttpClient ClientFrom(IPAddress local) => new(new SocketsHttpHandler
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
        BaseAddress = app.CreateClient().BaseAddress,
    };
}
