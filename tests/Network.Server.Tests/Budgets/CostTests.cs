using System.Globalization;
using System.Text.RegularExpressions;
using Network.Server.Employers;
using Network.Server.GraphQL.Budgets;

namespace Network.Server.Tests.Budgets;

/// <summary>
/// The cost of an operation, the IBM cost specification's type cost: every field returning an object counts
/// 1, leaves nothing, and a list its items times what each holds, sized by its <c>@listSize</c> (a
/// connection's <c>first</c> or <c>last</c>, 10 without either; a suggestion or candidate list by its
/// <c>first</c> or that argument's default; <c>nodes(ids:)</c> 50; any other list 10).
/// With a limit of 0 the server refuses every operation that costs anything and states its cost.
/// </summary>
public sealed partial class CostTests(CostMeterApp meter) : IClassFixture<CostMeterApp>
{
    [Theory]
    [InlineData("{ skills { nodes { name } } }", 11)]
    [InlineData("{ skills(first: 20) { nodes { name slug } } }", 21)]
    [InlineData("{ skills(first: 0) { nodes { name slug } } }", 1)]
    [InlineData("{ skills(last: 3) { edges { cursor node { name } } pageInfo { hasNextPage } totalCount } }", 8)]
    [InlineData("{ employers(first: 2) { nodes { mentors { displayName } skillsGaps { severity } } } }", 43)]
    [InlineData("{ mentors(first: 1) { nodes { offers { skill { name } } } } }", 22)]
    [InlineData("{ mentors(first: 1) { nodes { employer { name } } } }", 3)]
    [InlineData("{ nodes(ids: [\"a\", \"b\", \"c\"]) { id } }", 50)]
    [InlineData("{ node(id: \"a\") { id ... on Employer { name mentors { displayName } } } }", 11)]
    [InlineData("{ employers(first: 5) { ...Page } } fragment Page on EmployersConnection { nodes { name } }", 6)]
    [InlineData("{ a: employers(first: 5) { ...Page } b: employers(first: 2) { ...Page } } fragment Page on EmployersConnection { nodes { name } }", 9)]
    [InlineData("{ __schema { types { name fields { name } } } }", 111)]
    [InlineData("{ employers(first: 20) { nodes { name mentors { displayName } } } }", 221)]
    [InlineData("{ mentors { nodes { displayName careerStage distanceKm employer { name sector } offers { level skill { name } } wants { skill { name } } } } }", 421)]
    [InlineData("{ mentorMatches(mentorId: \"a\") { partner { displayName } } }", 20)]
    [InlineData("{ mentorMatches(mentorId: \"a\", first: 3) { partner { displayName } } }", 6)]
    [InlineData("mutation { planPairings(input: { pool: { mentorIds: [] } }) { plan { candidates { mentor { displayName } } } } }", 102)]
    [InlineData("mutation { planPairings(input: { pool: { mentorIds: [] } }) { plan { candidates(first: 300) { mentor { displayName } } } } }", 602)]
    public async Task Each_object_counts_once_per_item_of_the_lists_it_sits_in(string query, int cost)
    {
        Assert.Equal(cost, await CostOfAsync(query));
    }

    [Theory]
    [InlineData("{ skills(first: 20) { nodes { name slug } } }")]
    [InlineData("{ skills(last: 3) { edges { cursor node { name } } pageInfo { hasNextPage } totalCount } }")]
    [InlineData("{ employers(first: 2) { nodes { mentors { displayName } skillsGaps { severity } } } }")]
    [InlineData("{ nodes(ids: [\"a\", \"b\", \"c\"]) { id } }")]
    [InlineData("{ node(id: \"a\") { id ... on Employer { name mentors { displayName } } } }")]
    [InlineData("{ a: employers(first: 5) { ...Page } b: employers(first: 2) { ...Page } } fragment Page on EmployersConnection { nodes { name } }")]
    [InlineData("{ mentors { nodes { displayName careerStage distanceKm employer { name sector } offers { level skill { name } } wants { skill { name } } } } }")]
    [InlineData("{ me { employer { skillsGaps { skill { name } } } mentor { pairings { participants { mentor { offers { skill { name } } } } } } } }")]
    [InlineData("{ mentorMatches(mentorId: \"a\", first: 5) { partner { employer { name } } teaches { skill { name } } gapsAddressed { skill { name } } } }")]
    [InlineData("{ mentorMatches(mentorId: \"a\") { partner { displayName } } }")]
    [InlineData("mutation { planPairings(input: { pool: { mentorIds: [] } }) { plan { candidates { mentor { displayName } } } } }")]
    [InlineData("mutation { registerEmployer(input: { name: \"X\", sector: CONSTRUCTION, size: SMALL, postcode: \"B1 1AA\" }) { employer { id } errors { __typename } } }")]
    public async Task A_client_computes_the_same_cost_from_the_published_schema(string query)
    {
        var sdl = await meter.App.CreateClient().GetStringAsync("/graphql/schema.graphql");

        Assert.Equal(await CostOfAsync(query), new SchemaCostCalculator(sdl).Cost(query));
    }

    [Fact]
    public async Task Leaves_cost_nothing()
    {
        Refused.NotRefused(await meter.App.CreateGraphQLClient().PostAsync("{ __typename a: __typename }"));
    }

    [Theory]
    [InlineData(7, 13_424)]
    [InlineData(9, 16_424)]
    public async Task The_introspection_query_costs_about_half_the_default_budget(int typeDepth, int cost)
    {
        Assert.Equal(cost, await CostOfAsync(BudgetQueries.Introspection(typeDepth)));
        Assert.True(cost * 2 <= new RequestBudgetOptions().MaxComplexity);
    }

    [Fact]
    public async Task Variables_count_as_sent_or_by_their_default()
    {
        const string paged = "query($n: Int) { skills(first: $n) { nodes { name } } }";

        Assert.Equal(8, await CostOfAsync(paged, new { n = 7 }));
        Assert.Equal(11, await CostOfAsync(paged, new { n = (int?)null }));
        Assert.Equal(11, await CostOfAsync(paged));
        Assert.Equal(5, await CostOfAsync("query($n: Int = 4) { skills(first: $n) { nodes { name } } }"));
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

        Assert.Contains("cost is 12 ", Refused.Message(Refused.With(response, BudgetErrorCodes.MaxComplexityExceeded)), StringComparison.Ordinal);
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
