using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.Insights;
using Network.Server.Tests.Ide;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Schema;

namespace Network.Server.Tests.Seeding;

/// <summary>
/// The README's examples, run in order on a demo network of their own as the callers they name: the coordinator's
/// walk creates a programme and pairs within one, which the other demo tests must not see.
/// </summary>
public sealed partial class ReadmeExamplesOnDemoDataTests(NetworkApp app) : IClassFixture<NetworkApp>, IAsyncLifetime
{
    /// <summary>Seeds the demo network and works its regional figures out, as a server does when it starts.</summary>
    public Task InitializeAsync() => app.SeedOnceAsync(async _ =>
    {
        await app.SeedDemoNetworkAsync();
        await app.Services.GetRequiredService<InsightSnapshots>().RefreshAsync(CancellationToken.None);
    });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_example_in_the_README_runs_on_the_demo_data_and_returns_something()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(SchemaTests.RepositoryRoot(), "README.md"));
        var examples = GraphQLBlock().Matches(readme).Select(m => m.Groups[1].Value).ToList();
        Assert.True(examples.Count >= 5, "the README shows example operations");

        foreach (var example in examples)
        {
            var data = await app.CreateGraphQLClient(ReadmeCallers.For(example)).QueryAsync(example);
            var result = data.AsObject().Single().Value!;
            var items = result is JsonArray list ? list : result["nodes"] as JsonArray;
            Assert.True(items is not { Count: 0 }, $"The README example returns nothing:\n{example}");
            if (result is JsonObject payload)
            {
                Assert.True(payload["errors"] is null, $"The README example fails:\n{example}\n{result.ToJsonString()}");
            }
        }
    }

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
