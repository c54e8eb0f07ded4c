using System.Net;
using System.Text;
using Network.Server.GraphQL.Budgets;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Budgets;

/// <summary>
/// Documents built to exhaust the server: each is refused with a code saying why, before any SQL is
/// sent, and the server goes on answering other requests. How fast they are refused is measured by
/// the benchmark (tests/Network.Benchmarks, <c>--budgets</c>), not here.
/// </summary>
public sealed class HostileRequestTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    public static TheoryData<string> Names => [.. BudgetQueries.Hostile.Select(h => h.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Hostile_documents_are_refused_before_any_SQL(string name)
    {
        var hostile = BudgetQueries.Hostile.Single(h => h.Name == name);
        var oversized = hostile.Code == BudgetErrorCodes.RequestTooLarge;
        Assert.Equal(oversized, Encoding.UTF8.GetByteCount(hostile.Document) > new RequestBudgetOptions().MaxRequestBytes);
        app.SqlCommands.Reset();

        var response = await app.CreateGraphQLClient().PostAsync(hostile.Document);

        if (oversized)
        {
            Assert.Equal((int)HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Equal(hostile.Code, response.FirstErrorCode);
        }
        else
        {
            Refused.With(response, hostile.Code);
        }

        Assert.Equal(0, app.SqlCommands.Count);
    }

    [Fact]
    public async Task Fragment_cycles_are_refused_by_GraphQL_validation()
    {
        var cycle = BudgetQueries.Hostile.Single(h => h.Name == "a fragment cycle");

        var response = await app.CreateGraphQLClient().PostAsync(cycle.Document);

        Assert.Equal("Cannot spread fragment 'A' within itself via B.", Refused.Message(Refused.With(response, "NO_FRAGMENT_CYCLES")));
    }

    [Fact]
    public async Task The_server_keeps_answering_while_hostile_requests_arrive()
    {
        var client = app.CreateGraphQLClient();
        var hostile = BudgetQueries.Hostile.SelectMany(h => Enumerable.Repeat(h.Document, 3))
            .Select(document => client.PostAsync(document))
            .ToList();
        var normal = client.QueryAsync("{ skills(first: 3) { totalCount nodes { slug } } }");

        var data = await normal;
        var refused = await Task.WhenAll(hostile);

        Assert.Equal(3, data["skills"]!["nodes"]!.AsArray().Count);
        Assert.All(refused, response => Assert.True(response.StatusCode is 400 or 413, response.Body?.ToJsonString()));

        var after = await client.QueryAsync("{ skills(first: 1) { totalCount } }");
        Assert.True(after["skills"]!["totalCount"]!.GetValue<int>() > 0);
    }
}
