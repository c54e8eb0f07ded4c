using System.Globalization;
using System.Text.RegularExpressions;
using Network.Server.Employers;
using Network.Server.GraphQL.Budgets;

namespace Network.Server.Tests.Budgets;

/// <summary>
/// The cost of an operation: every field counts 1, times the page size of each connection it sits in
/// (<c>first</c>, <c>last</c>, or 10 without either), the number of IDs of <c>nodes(ids:)</c>, and 10
/// for any other list. With a limit of 1 the server refuses each operation and states its cost.
/// </summary>
public sealed partial class CostTests(CostMeterApp meter) : IClassFixture<CostMeterApp>
{
    [Theory]
    [InlineData("{ skills { nodes { name } } }", 12)]
    [InlineData("{ skills(first: 20) { nodes { name slug } } }", 42)]
    [InlineData("{ skills(first: 0) { nodes { name slug } } }", 2)]
    [InlineData("{ skills(last: 3) { edges { cursor node { name } } pageInfo { hasNextPage } totalCount } }", 14)]
    [InlineData("{ employers(first: 2) { nodes { mentors { displayName } skillsGaps { severity } } } }", 46)]
    [InlineData("{ mentors(first: 1) { nodes { offers { skill { name } } } } }", 23)]
    [InlineData("{ mentors(first: 1) { nodes { employer { name } } } }", 4)]
    [InlineData("{ nodes(ids: [\"a\", \"b\", \"c\"]) { id } }", 4)]
    [InlineData("{ node(id: \"a\") { id ... on Employer { name mentors { displayName } } } }", 14)]
    [InlineData("{ employers(first: 5) { ...Page } } fragment Page on EmployersConnection { nodes { name } }", 7)]
    [InlineData("{ a: employers(first: 5) { ...Page } b: employers(first: 2) { ...Page } } fragment Page on EmployersConnection { nodes { name } }", 11)]
    [InlineData("{ __schema { types { name fields { name } } } }", 122)]
    [InlineData("{ __typename __typename }", 2)]
    [InlineData("{ employers(first: 20) { nodes { name mentors { displayName } } } }", 242)]
    [InlineData("{ mentors { nodes { displayName careerStage distanceKm employer { name sector } offers { level skill { name } } wants { skill { name } } } } }", 582)]
    public async Task Each_field_counts_once_per_item_of_the_lists_it_sits_in(string query, int cost)
    {
        Assert.Equal(cost, await CostOfAsync(query));
    }

    [Theory]
    [InlineData(7, 40_432)]
    [InlineData(9, 49_432)]
    public async Task The_introspection_query_costs_about_half_the_default_budget(int typeDepth, int cost)
    {
        Assert.Equal(cost, await CostOfAsync(BudgetQueries.Introspection(typeDepth)));
        Assert.True(cost * 2 <= new RequestBudgetOptions().MaxComplexity);
    }

    [Fact]
    public async Task Variables_count_as_sent_or_by_their_default()
    {
        const string paged = "query($n: Int) { skills(first: $n) { nodes { name } } }";

        Assert.Equal(9, await CostOfAsync(paged, new { n = 7 }));
        Assert.Equal(12, await CostOfAsync(paged, new { n = (int?)null }));
        Assert.Equal(12, await CostOfAsync(paged));
        Assert.Equal(6, await CostOfAsync("query($n: Int = 4) { skills(first: $n) { nodes { name } } }"));
        Assert.Equal(6, await CostOfAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = "abcde".Select(c => c.ToString()).ToArray() }));
    }

    [Fact]
    public async Task An_operation_within_the_budget_runs()
    {
        var response = await meter.App.CreateGraphQLClient().PostAsync("{ __typename }");

        Refused.NotRefused(response);
    }

    [Fact]
    public async Task A_refused_mutation_writes_nothing()
    {
        var response = await meter.App.CreateGraphQLClient().PostAsync("""
            mutation {
              registerEmployer(input: { name: "Over Budget Ltd", sector: CONSTRUCTION, size: SMALL, postcode: "B1 1AA" }) {
                employer { id name }
                errors { __typename }
              }
            }
            """);

        Assert.Contains("cost is 15 ", Refused.Message(Refused.With(response, BudgetErrorCodes.MaxComplexityExceeded)), StringComparison.Ordinal);
        await using var db = meter.App.CreateDbContext();
        Assert.DoesNotContain(db.Employers, e => e.Name == "Over Budget Ltd");
    }

    private async Task<int> CostOfAsync(string query, object? variables = null)
    {
        var response = await meter.App.CreateGraphQLClient().PostAsync(query, variables);
        var message = Refused.Message(Refused.With(response, BudgetErrorCodes.MaxComplexityExceeded));
        return int.Parse(Cost().Match(message).Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("cost is ([0-9,]+) ")]
    private static partial Regex Cost();
}
