using System.Text;
using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Relay;

/// <summary><c>node</c> and <c>nodes</c>: refetching any node by its global ID, base64 of <c>Type:key</c>.</summary>
public sealed class NodeTests(NetworkApp app) : IClassFixture<NetworkApp>, IAsyncLifetime
{
    private const string NodeFields = """
        __typename
        id
        ... on Skill { slug name category }
        ... on Employer { name sector postcode }
        ... on SkillsGap { severity hardToFillVacancies skill { slug } employer { name } }
        ... on Mentor { displayName careerStage employer { name } }
        """;

    public async Task InitializeAsync()
    {
        await using var db = app.CreateDbContext();
        if (await db.Employers.AnyAsync())
        {
            return;
        }

        var data = new TestData(app);
        var employer = await data.EmployerAsync("Node Works", Sector.EngineeringManufacturing, "CV1 2JH");
        await data.GapAsync(employer, "welding-fabrication", SkillsGapSeverity.Critical, vacancies: 4);
        await data.MentorAsync(employer, "Nia Node", CareerStage.Early, ["artificial-intelligence"], ["supply-chain-management"]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Node_fetches_a_skill()
    {
        var id = TestData.Id("Skill", TestData.Skill("cybersecurity"));

        var node = (await NodeAsync(id))!;

        Assert.Equal("Skill", node["__typename"]!.GetValue<string>());
        Assert.Equal(id, node["id"]!.GetValue<string>());
        Assert.Equal("cybersecurity", node["slug"]!.GetValue<string>());
        Assert.Equal("Cybersecurity", node["name"]!.GetValue<string>());
        Assert.Equal("DIGITAL", node["category"]!.GetValue<string>());
    }

    [Fact]
    public async Task Node_fetches_an_employer()
    {
        var id = TestData.Id("Employer", await KeyAsync(db => db.Employers.Select(e => e.Id)));

        var node = (await NodeAsync(id))!;

        Assert.Equal("Employer", node["__typename"]!.GetValue<string>());
        Assert.Equal(id, node["id"]!.GetValue<string>());
        Assert.Equal("Node Works", node["name"]!.GetValue<string>());
        Assert.Equal("ENGINEERING_MANUFACTURING", node["sector"]!.GetValue<string>());
        Assert.Equal("CV1 2JH", node["postcode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Node_fetches_a_skills_gap()
    {
        var id = TestData.Id("SkillsGap", await KeyAsync(db => db.SkillsGaps.Select(g => g.Id)));

        var node = (await NodeAsync(id))!;

        Assert.Equal("SkillsGap", node["__typename"]!.GetValue<string>());
        Assert.Equal(id, node["id"]!.GetValue<string>());
        Assert.Equal("CRITICAL", node["severity"]!.GetValue<string>());
        Assert.Equal(4, node["hardToFillVacancies"]!.GetValue<int>());
        Assert.Equal("welding-fabrication", node["skill"]!["slug"]!.GetValue<string>());
        Assert.Equal("Node Works", node["employer"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Node_fetches_a_mentor()
    {
        var id = TestData.Id("Mentor", await KeyAsync(db => db.Mentors.Select(m => m.Id)));

        var node = (await NodeAsync(id))!;

        Assert.Equal("Mentor", node["__typename"]!.GetValue<string>());
        Assert.Equal(id, node["id"]!.GetValue<string>());
        Assert.Equal("Nia Node", node["displayName"]!.GetValue<string>());
        Assert.Equal("EARLY", node["careerStage"]!.GetValue<string>());
        Assert.Equal("Node Works", node["employer"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_id_is_base64_of_the_type_name_and_key()
    {
        var key = await KeyAsync(db => db.Employers.Select(e => e.Id));
        var data = await app.CreateGraphQLClient().QueryAsync("{ employers { nodes { id } } }");

        var id = data["employers"]!["nodes"]![0]!["id"]!.GetValue<string>();

        Assert.Equal($"Employer:{key}", Encoding.UTF8.GetString(Convert.FromBase64String(id)));
    }

    [Fact]
    public async Task Node_is_null_for_a_well_formed_id_with_no_row()
    {
        var response = await app.CreateGraphQLClient().PostAsync(
            "query($id: ID!) { node(id: $id) { id } }", new { id = TestData.Id("Employer", 999_999) });

        Assert.Null(response.Errors);
        Assert.Null(response.Data!["node"]);
    }

    [Fact]
    public async Task Nodes_keeps_the_order_given_and_is_null_where_nothing_is_found()
    {
        var employer = TestData.Id("Employer", await KeyAsync(db => db.Employers.Select(e => e.Id)));
        var mentor = TestData.Id("Mentor", await KeyAsync(db => db.Mentors.Select(m => m.Id)));
        var skill = TestData.Id("Skill", TestData.Skill("budget-planning"));
        var missing = TestData.Id("SkillsGap", 999_999);

        var data = await app.CreateGraphQLClient().QueryAsync(
            $"query($ids: [ID!]!) {{ nodes(ids: $ids) {{ {NodeFields} }} }}",
            new { ids = new[] { mentor, missing, skill, employer, mentor } });
        var nodes = data["nodes"]!.AsArray();

        Assert.Equal(5, nodes.Count);
        Assert.Equal(mentor, nodes[0]!["id"]!.GetValue<string>());
        Assert.Null(nodes[1]);
        Assert.Equal("budget-planning", nodes[2]!["slug"]!.GetValue<string>());
        Assert.Equal("Employer", nodes[3]!["__typename"]!.GetValue<string>());
        Assert.Equal("Nia Node", nodes[4]!["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Nodes_accepts_an_empty_list()
    {
        var data = await app.CreateGraphQLClient().QueryAsync("{ nodes(ids: []) { id } }");

        Assert.Empty(data["nodes"]!.AsArray());
    }

    [Theory]
    [InlineData("not-an-id", false)]
    [InlineData("Skill", true)]
    [InlineData("Skill:0", true)]
    [InlineData("Skill:-1", true)]
    [InlineData("Skill:six", true)]
    [InlineData(":6", true)]
    public async Task A_malformed_id_is_refused_with_invalid_id(string text, bool encode)
    {
        var id = encode ? Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) : text;
        var client = app.CreateGraphQLClient();

        var node = await client.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id });
        var nodes = await client.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { TestData.Id("Skill", 1), id } });

        Assert.Equal("INVALID_ID", node.FirstErrorCode);
        Assert.Equal($"'{id}' is not a valid ID.", node.Errors![0]!["message"]!.GetValue<string>());
        Assert.Null(node.Data!["node"]);
        Assert.Equal("INVALID_ID", nodes.FirstErrorCode);
    }

    [Theory]
    [InlineData("Sector")]
    [InlineData("PageInfo")]
    [InlineData("skill")]
    public async Task An_id_naming_a_type_that_is_not_a_node_is_refused_with_invalid_id(string typeName)
    {
        var id = TestData.Id(typeName, 1);

        var response = await app.CreateGraphQLClient().PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Equal("INVALID_ID", response.FirstErrorCode);
        Assert.Equal($"The ID '{id}' names a {typeName}, which is not a node type.", response.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task More_than_fifty_ids_are_refused()
    {
        var client = app.CreateGraphQLClient();
        var ids = Enumerable.Range(1, 51).Select(i => TestData.Id("Skill", i)).ToArray();

        var tooMany = await client.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });
        var fifty = await client.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = ids[..50] });

        Assert.Equal("TOO_MANY_IDS", tooMany.FirstErrorCode);
        Assert.Equal(50, fifty["nodes"]!.AsArray().Count);
        Assert.Equal(SkillCatalogue.All.Count, fifty["nodes"]!.AsArray().Count(n => n is not null));
    }

    private async Task<System.Text.Json.Nodes.JsonNode?> NodeAsync(string id)
    {
        var data = await app.CreateGraphQLClient().QueryAsync($"query($id: ID!) {{ node(id: $id) {{ {NodeFields} }} }}", new { id });
        return data["node"];
    }

    private async Task<int> KeyAsync(Func<Network.Server.Data.NetworkDbContext, IQueryable<int>> keys)
    {
        await using var db = app.CreateDbContext();
        return await keys(db).SingleAsync();
    }
}
