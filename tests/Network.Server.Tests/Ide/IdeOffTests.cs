using System.Net;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Ide;

/// <summary>With the IDE off (by default outside Development, or by its setting), a browser gets what it always got.</summary>
public sealed class IdeOffTests(NetworkApp testing, IdeOffInDevelopmentApp development) : IClassFixture<NetworkApp>, IClassFixture<IdeOffInDevelopmentApp>
{
    private const string Testing = "Testing";

    public static TheoryData<string, string, HttpStatusCode> Requests => new()
    {
        // A browser also accepts */*, so the request is taken for GraphQL over HTTP, without a query.
        { Testing, IdeRequests.BrowserAccept, HttpStatusCode.BadRequest },
        { "Development with GraphQL:Ide=false", IdeRequests.BrowserAccept, HttpStatusCode.BadRequest },
        { Testing, "text/html", HttpStatusCode.NotAcceptable },
        { "Development with GraphQL:Ide=false", "text/html", HttpStatusCode.NotAcceptable },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_browser_opening_graphql_gets_a_GraphQL_error(string host, string accept, HttpStatusCode status)
    {
        using var response = await IdeRequests.GetAsync(App(host).CreateClient(), "/graphql", accept);
        var body = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(status, response.StatusCode);
        Assert.EndsWith("json", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.NotNull(body.Errors);
        Assert.Null(body.Data);
    }

    [Theory]
    [InlineData(Testing)]
    [InlineData("Development with GraphQL:Ide=false")]
    public async Task No_bundle_is_served(string host)
    {
        using var response = await App(host).CreateClient().GetAsync(new Uri("/graphql/ide/assets/index.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private NetworkApp App(string host) => host == Testing ? testing : development;
}
