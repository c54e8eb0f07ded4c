using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Transport;

/// <summary>
/// Browser requests over real HTTP: simple cross-site requests (which a browser sends without a CORS
/// preflight) are refused unless marked with GraphQL-Preflight; allowed origins get CORS.
/// </summary>
public sealed class CrossSiteRequestTests(AllowedOriginApp app) : IClassFixture<AllowedOriginApp>
{
    private const string Foreign = "https://attacker.example";
    private static readonly string SkillsGet = $"/graphql?query={Uri.EscapeDataString("{ skills(first: 1) { totalCount } }")}";

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Origin", Foreign)]
    [InlineData("Origin", "null")]
    public async Task A_cross_site_get_is_403(string header, string value)
    {
        var response = await GetAsync((header, value));

        Assert.Equal(403, response.StatusCode);
        Assert.Equal("CROSS_SITE_REQUEST_REJECTED", response.FirstErrorCode);
        Assert.StartsWith("application/graphql-response+json", response.ContentType, StringComparison.Ordinal);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task A_cross_site_get_with_graphql_preflight_runs()
    {
        var response = await GetAsync(("Sec-Fetch-Site", "cross-site"), ("Origin", Foreign), ("GraphQL-Preflight", "1"));

        Assert.Equal(200, response.StatusCode);
        Assert.NotNull(response.Data!["skills"]);
    }

    [Fact]
    public async Task A_same_origin_get_runs()
    {
        var response = await GetAsync(("Sec-Fetch-Site", "same-origin"), ("Origin", OwnOrigin()));

        Assert.Equal(200, response.StatusCode);
    }

    [Fact]
    public async Task A_get_typed_into_the_address_bar_runs()
    {
        var response = await GetAsync(("Sec-Fetch-Site", "none"));

        Assert.Equal(200, response.StatusCode);
    }

    [Fact]
    public async Task A_non_browser_get_runs()
    {
        var response = await GetAsync();

        Assert.Equal(200, response.StatusCode);
    }

    [Fact]
    public async Task A_get_from_an_allowed_origin_runs_with_cors_headers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, SkillsGet);
        request.Headers.Add("Origin", AllowedOriginApp.FrontEnd);
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AllowedOriginApp.FrontEnd, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task A_cross_site_post_with_a_simple_content_type_is_403(string contentType)
    {
        var response = await PostAsync(contentType, ("Origin", Foreign), ("Sec-Fetch-Site", "cross-site"));

        Assert.Equal(403, response.StatusCode);
        Assert.Equal("CROSS_SITE_REQUEST_REJECTED", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_same_origin_text_plain_post_is_still_415()
    {
        var response = await PostAsync("text/plain", ("Origin", OwnOrigin()), ("Sec-Fetch-Site", "same-origin"));

        Assert.Equal(415, response.StatusCode);
    }

    [Fact]
    public async Task A_cross_site_json_post_is_left_to_cors()
    {
        // A browser preflights it, and the preflight fails for an origin that is not allowed.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ skills(first: 1) { totalCount } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", Foreign);
        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_preflight_from_an_allowed_origin_is_answered()
    {
        using var response = await PreflightAsync(AllowedOriginApp.FrontEnd);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(AllowedOriginApp.FrontEnd, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        var headers = response.Headers.GetValues("Access-Control-Allow-Headers").Single();
        Assert.Contains("content-type", headers, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("graphql-preflight", headers, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_preflight_from_another_origin_gets_no_cors_headers()
    {
        using var response = await PreflightAsync(Foreign);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private string OwnOrigin() => app.CreateClient().BaseAddress!.GetLeftPart(UriPartial.Authority);

    private async Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type, graphql-preflight");
        return await app.CreateClient().SendAsync(request);
    }

    private async Task<GraphQLResponse> GetAsync(params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, SkillsGet);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        using var response = await app.CreateClient().SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    private async Task<GraphQLResponse> PostAsync(string contentType, params (string Name, string Value)[] headers)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"query":"{ skills(first: 1) { totalCount } }"}"""));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        using var response = await app.CreateClient().SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }
}
