using Microsoft.Extensions.DependencyInjection;
using Network.Server.GraphQL.Budgets;
using Network.Server.GraphQL.Transport;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Budgets;

/// <summary>
/// Budgets that depend on variables are checked on every request, also when the document comes from
/// the cache of validated documents. Here the cost limit is 100 and the depth limit 4.
/// </summary>
public sealed class VariableBudgetTests(TightBudgetApp tight) : IClassFixture<TightBudgetApp>
{
    // skills(first: n) { nodes { name slug } } costs 2 + 2n: 100 at n = 49.
    private const string Skills = "query($n: Int) { skills(first: $n) { nodes { name slug } } }";

    [Fact]
    public async Task Cost_follows_the_variables_of_each_request_to_a_cached_document()
    {
        var client = tight.App.CreateGraphQLClient();
        var cache = tight.App.Services.GetRequiredService<DocumentCache>();
        var query = $"{Skills} # {Guid.NewGuid()}";

        var atLimit = await client.PostAsync(query, new { n = 49 });
        var cached = cache.Count;
        var over = await client.PostAsync(query, new { n = 50 });
        var again = await client.PostAsync(query, new { n = 49 });

        Refused.NotRefused(atLimit);
        Assert.Equal(
            "The operation's cost is 102 (each field counts 1, times the page or list sizes it sits in); at most 100 is allowed.",
            Refused.Message(Refused.With(over, BudgetErrorCodes.MaxComplexityExceeded)));
        Refused.NotRefused(again);
        Assert.Equal(cached, cache.Count);
    }

    [Fact]
    public async Task Page_size_follows_the_variables_of_each_request_to_a_cached_document()
    {
        var client = tight.App.CreateGraphQLClient();
        var query = $"query($n: Int) {{ employers(first: $n) {{ totalCount }} }} # {Guid.NewGuid()}";

        var valid = await client.PostAsync(query, new { n = 5 });
        var huge = await client.PostAsync(query, new { n = int.MaxValue });

        Refused.NotRefused(valid);
        Assert.Equal(
            $"first must be between 0 and 50; it is {int.MaxValue:#,0}.",
            Refused.Message(Refused.With(huge, BudgetErrorCodes.PageSizeOutOfRange)));
    }

    [Fact]
    public async Task The_number_of_ids_is_the_multiplier_of_nodes()
    {
        // 1 for nodes, then 3 fields for each ID: 100 with 33 IDs.
        const string query = "query($ids: [ID!]!) { nodes(ids: $ids) { ... on Skill { name slug category } } }";
        var client = tight.App.CreateGraphQLClient();

        var atLimit = await client.PostAsync(query, new { ids = Enumerable.Range(1, 33).Select(i => TestData.Id("Skill", i)).ToArray() });
        var over = await client.PostAsync(query, new { ids = Enumerable.Range(1, 34).Select(i => TestData.Id("Skill", i)).ToArray() });

        Refused.NotRefused(atLimit);
        Assert.Contains("cost is 103 ", Refused.Message(Refused.With(over, BudgetErrorCodes.MaxComplexityExceeded)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Depth_is_the_configured_one()
    {
        var client = tight.App.CreateGraphQLClient();

        var atLimit = await client.PostAsync("{ mentors(first: 1) { nodes { employer { name } } } }");
        var over = await client.PostAsync("{ mentors(first: 1) { nodes { employer { localAuthority { name } } } } }");

        Refused.NotRefused(atLimit);
        Assert.Equal("The operation nests fields 5 levels deep; at most 4 are allowed.", Refused.Message(Refused.With(over, BudgetErrorCodes.MaxDepthExceeded)));
    }
}
