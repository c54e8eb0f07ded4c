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
    private const string Skills = "query($n: Int) { a: skills(first: $n) { nodes { name slug } } b: skills(first: $n) { nodes { name slug } } }";

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
            "The operation's cost is 102 (each object in the answer counts 1, lists by their @listSize); at most 100 is allowed.",
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
    public async Task Nodes_counts_the_most_ids_it_takes_whatever_the_number_sent()
    {
        // nodes(ids:) is @listSize(assumedSize: 50): two of them cost 100 with one ID or with three.
        const string query = "query($ids: [ID!]!) { a: nodes(ids: $ids) { id } b: nodes(ids: $ids) { id } }";
        const string over = "query($ids: [ID!]!) { a: nodes(ids: $ids) { id } b: nodes(ids: $ids) { id } me { isAuthenticated } }";
        var client = tight.App.CreateGraphQLClient();

        Refused.NotRefused(await client.PostAsync(query, new { ids = new[] { TestData.Id("Skill", 1) } }));
        Refused.NotRefused(await client.PostAsync(query, new { ids = Enumerable.Range(1, 3).Select(i => TestData.Id("Skill", i)).ToArray() }));
        var refused = await client.PostAsync(over, new { ids = new[] { TestData.Id("Skill", 1) } });
        Assert.Contains("cost is 101 ", Refused.Message(Refused.With(refused, BudgetErrorCodes.MaxComplexityExceeded)), StringComparison.Ordinal);
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
