using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Network.Server.Employers;
using Network.Server.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Network.Server.Tests.Ide;

/// <summary>GraphiQL in a real browser against the server with the demo network, offline.</summary>
public sealed class GraphiQLBrowserTests(IdeApp app) : IClassFixture<IdeApp>, IAsyncLifetime
{
    /// <summary>Where the test leaves a screenshot of the IDE: TestResults/ in the test project's output folder.</summary>
    public static string ScreenshotPath => Path.Combine(AppContext.BaseDirectory, "TestResults", "graphiql.png");

    public Task InitializeAsync() => app.SeedOnceAsync(_ => app.SeedDemoNetworkAsync());

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GraphiQL_runs_a_README_example_on_the_demo_network_and_fetches_nothing_from_elsewhere()
    {
        var server = app.CreateClient().BaseAddress!;
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var requests = new ConcurrentQueue<IRequest>();
        var failures = new ConcurrentQueue<string>();
        var errors = new ConcurrentQueue<string>();
        chromium.Context.Request += (_, request) => requests.Enqueue(request);
        chromium.Context.RequestFailed += (_, request) => failures.Enqueue($"{request.Url}: {request.Failure}");
        var page = chromium.Context.Pages.Count > 0 ? chromium.Context.Pages[0] : await chromium.Context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Enqueue(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Enqueue(error);
        chromium.Context.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                errors.Enqueue($"{response.Status} {response.Url}");
            }
        };

        await page.GotoAsync(new Uri(server, "/graphql").ToString());
        await Expect(page.Locator(".graphiql-container")).ToBeVisibleAsync();

        // Development: the headers editor holds an Authorization header awaiting a token.
        await Expect(page.Locator(".graphiql-editor-tool")).ToContainTextAsync("Bearer <token>");

        // The first README example, for anonymous callers, in its own tab; run it with the run button.
        await page.GetByRole(AriaRole.Tab, new() { Name = "SkillsGapsAsAnonymous" }).ClickAsync();
        await Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("# Caller: anonymous");
        await page.Locator(".graphiql-execute-button").ClickAsync();
        var result = page.Locator(".graphiql-response .view-lines");
        await Expect(result).ToContainTextAsync("\"totalCount\"");
        var text = (await result.InnerTextAsync()).Replace('\u00a0', ' ');

        await using var db = app.CreateDbContext();
        var employers = await db.Employers.Select(e => e.Name).ToListAsync();
        Assert.Contains("\"skillsGaps\"", text, StringComparison.Ordinal);
        Assert.Contains(employers, name => text.Contains($"\"{name}\"", StringComparison.Ordinal));

        // The schema explorer reads the schema the IDE fetched by introspection.
        await page.GetByRole(AriaRole.Button, new() { Name = "Show Documentation Explorer" }).ClickAsync();
        await Expect(page.Locator(".graphiql-doc-explorer")).ToContainTextAsync("Query");
        Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath });

        var operations = requests.Where(r => r.Method == "POST" && new Uri(r.Url).AbsolutePath == "/graphql").ToList();
        Assert.NotEmpty(operations);
        foreach (var operation in operations)
        {
            Assert.False((await operation.AllHeadersAsync()).ContainsKey("authorization"), "The placeholder token was sent.");
        }

        Assert.All(requests, request => Assert.True(IsFromServer(new Uri(request.Url), server), $"Requested from elsewhere: {request.Url}"));
        Assert.True(failures.IsEmpty, $"Failed requests:\n{string.Join('\n', failures)}");
        Assert.True(errors.IsEmpty, $"Errors:\n{string.Join('\n', errors)}");
    }

    private static bool IsFromServer(Uri url, Uri server) =>
        url.Scheme is "data" or "blob" || (url.Scheme == server.Scheme && url.Host == server.Host && url.Port == server.Port);
}
