using System.Net;
using System.Text.Json.Nodes;
using Network.Server.GraphQL.Ide;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Schema;

namespace Network.Server.Tests.Ide;

/// <summary>The IDE over plain HTTP, while it is on: the page, its bundle, and every other request left to GraphQL.</summary>
public sealed class IdeHttpTests(IdeApp app) : IClassFixture<IdeApp>
{
    [Fact]
    public async Task A_browser_opening_graphql_gets_the_IDE_page()
    {
        using var response = await IdeRequests.OpenInBrowserAsync(app.CreateClient());
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"graphiql\">", html, StringComparison.Ordinal);
        Assert.Equal(IdeHeaders.ContentSecurityPolicy, IdeRequests.Header(response.Headers, "Content-Security-Policy"));
        Assert.Equal("nosniff", IdeRequests.Header(response.Headers, "X-Content-Type-Options"));
        Assert.Equal("DENY", IdeRequests.Header(response.Headers, "X-Frame-Options"));
        Assert.True(response.Headers.CacheControl?.NoCache, "the page is revalidated");
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task In_Development_the_headers_wait_for_a_token_and_the_first_tab_says_how_to_mint_one()
    {
        using var response = await IdeRequests.OpenInBrowserAsync(app.CreateClient());
        var settings = IdeRequests.Settings(await response.Content.ReadAsStringAsync());

        var headers = JsonNode.Parse(settings["headers"]!.GetValue<string>())!.AsObject();
        Assert.Equal("Bearer <token>", headers["Authorization"]!.GetValue<string>());
        Assert.Equal("Bearer <token>", settings["placeholderAuthorization"]!.GetValue<string>());
        var welcome = settings["tabs"]![0]!["query"]!.GetValue<string>();
        Assert.Contains("dotnet run --project server/Network.Server -- token --role ADMIN", welcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tabs_are_the_README_examples_named_after_their_root_field_and_caller()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(SchemaTests.RepositoryRoot(), "README.md"));
        var examples = ReadmeExamples.Parse(readme);

        using var response = await IdeRequests.OpenInBrowserAsync(app.CreateClient());
        var tabs = IdeRequests.Settings(await response.Content.ReadAsStringAsync())["tabs"]!.AsArray()
            .Select(tab => tab!["query"]!.GetValue<string>()).ToList();

        Assert.True(examples.Count >= 5, "the README shows example operations");
        Assert.Equal(examples.Count + 1, tabs.Count);
        Assert.Contains("query SkillsGapsAsAnonymous {", tabs[1], StringComparison.Ordinal);
        foreach (var (example, tab) in examples.Zip(tabs.Skip(1)))
        {
            Assert.StartsWith(example.Document.Split('\n')[0], tab, StringComparison.Ordinal);
        }
    }

    /// <summary>The documents as the IDE offers them (named, with comments) are valid and run as their callers.</summary>
    [Fact]
    public async Task Every_tab_runs_as_the_caller_it_names()
    {
        await app.SeedOnceAsync(_ => app.SeedDemoNetworkAsync());
        using var response = await IdeRequests.OpenInBrowserAsync(app.CreateClient());
        var tabs = IdeRequests.Settings(await response.Content.ReadAsStringAsync())["tabs"]!.AsArray();

        foreach (var query in tabs.Select(tab => tab!["query"]!.GetValue<string>()))
        {
            var caller = query.StartsWith("# Caller: ", StringComparison.Ordinal) ? ReadmeCallers.For(query) : TestCallers.Anonymous;
            var result = await app.CreateGraphQLClient(caller).PostAsync(query);

            Assert.True(result.Errors is null, $"The tab fails:\n{query}\n{result.Errors?.ToJsonString()}");
        }
    }

    [Fact]
    public async Task The_bundle_is_served_with_a_policy_and_cached_for_good()
    {
        var http = app.CreateClient();
        using var page = await IdeRequests.OpenInBrowserAsync(http);
        var assets = IdeRequests.LinkedAssets(await page.Content.ReadAsStringAsync());

        Assert.Contains(assets, path => path.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(assets, path => path.EndsWith(".css", StringComparison.Ordinal));
        foreach (var path in assets)
        {
            using var response = await http.GetAsync(path);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(path.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript" : "text/css", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(IdeHeaders.ContentSecurityPolicy, IdeRequests.Header(response.Headers, "Content-Security-Policy"));
            Assert.Equal("nosniff", IdeRequests.Header(response.Headers, "X-Content-Type-Options"));
            Assert.True(response.Headers.CacheControl is { Public: true, MaxAge.TotalDays: 365 } cache && cache.Extensions.Any(e => e.Name == "immutable"),
                $"{path}: Cache-Control: {response.Headers.CacheControl}");
            Assert.True(response.Content.Headers.ContentLength > 0, path);
        }
    }

    [Theory]
    [InlineData("/graphql/ide/index.html")]
    [InlineData("/graphql/ide/assets/nothing-here.js")]
    [InlineData("/graphql/ide/%2e%2e/appsettings.json")]
    [InlineData("/graphql/ide/")]
    public async Task Only_files_of_the_bundle_are_served(string path)
    {
        using var response = await app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    [InlineData("text/html;q=0.5, application/json")]
    [InlineData("text/html, application/graphql-response+json")]
    public async Task A_GET_that_does_not_prefer_HTML_is_GraphQL_over_HTTP(string? accept)
    {
        var query = Uri.EscapeDataString("{ skills(first: 1) { nodes { slug } } }");
        using var response = await IdeRequests.GetAsync(app.CreateClient(), $"/graphql?query={query}", accept);
        var body = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(200, body.StatusCode);
        Assert.Single(body.Data!["skills"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task A_POST_asking_for_HTML_is_still_406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ me { roles } }"}""", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept", IdeRequests.BrowserAccept.Replace("*/*;q=0.8,", string.Empty, StringComparison.Ordinal));
        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }
}
