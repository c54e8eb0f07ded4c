using System.Text.Json.Nodes;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Privacy;

/// <summary>
/// Every personal field of a mentor, through every way of reaching a mentor, for every kind of caller:
/// those who may see it get it, readers who may not get null, and callers who may not read mentors at
/// all get an authorisation error. Nobody else's response contains the data anywhere.
/// </summary>
public sealed class PersonalDataVisibilityTests(PrivacyWorld world) : IClassFixture<PrivacyWorld>
{
    private const string Fields = "id displayName email jobTitle";

    /// <summary>What a caller gets of Priya's personal fields.</summary>
    public enum Access
    {
        /// <summary>The values.</summary>
        Sees,

        /// <summary>Priya, with her personal fields null.</summary>
        Redacted,

        /// <summary>No mentor data at all: an authorisation error (or null from node).</summary>
        NoMentors,
    }

    public static TheoryData<string, Access> Callers => new()
    {
        { "anonymous", Access.NoMentors },
        { "partner", Access.NoMentors },
        { "organiser", Access.Redacted },
        { "coordinator", Access.Redacted },
        { "unbound employer admin", Access.Redacted },
        { "another employer's admin", Access.Redacted },
        { "a colleague", Access.Redacted },
        { "a mentor elsewhere", Access.Redacted },
        { "her employer's admin", Access.Sees },
        { "herself", Access.Sees },
        { "admin", Access.Sees },
    };

    public static readonly string[] Paths = ["node", "nodes", "mentors.nodes", "mentors.edges", "employer.mentors", "skillsGap.employer.mentors"];

    public static TheoryData<string, Access, string> CallersAndPaths()
    {
        var data = new TheoryData<string, Access, string>();
        foreach (var row in Callers)
        {
            foreach (var path in Paths)
            {
                data.Add((string)row[0], (Access)row[1], path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CallersAndPaths))]
    public async Task Personal_fields_reach_only_those_allowed(string caller, Access access, string path)
    {
        var (query, read) = Query(path);
        var client = world.App.CreateGraphQLClient(world.Caller(caller));

        var response = await client.PostAsync(query, new { id = world.PriyaId, employerId = TestData.Id("Employer", world.Acorn.Id) });

        var text = response.Body!.ToJsonString();
        if (access != Access.Sees)
        {
            Assert.DoesNotContain("Priya", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(PrivacyWorld.JobTitle, text, StringComparison.Ordinal);
        }

        if (access == Access.NoMentors)
        {
            if (path.StartsWith("node", StringComparison.Ordinal))
            {
                Assert.Null(response.Errors);
                Assert.Null(read(response.Data!));
            }
            else
            {
                Assert.Equal(caller == "anonymous" ? "AUTH_NOT_AUTHENTICATED" : "AUTH_NOT_AUTHORIZED", response.FirstErrorCode);
            }

            return;
        }

        Assert.True(response.Errors is null, $"Unexpected errors: {response.Errors?.ToJsonString()}");
        var mentor = read(response.Data!);
        Assert.NotNull(mentor);
        Assert.Equal(world.PriyaId, mentor["id"]!.GetValue<string>());
        if (access == Access.Sees)
        {
            Assert.Equal(PrivacyWorld.Name, mentor["displayName"]!.GetValue<string>());
            Assert.Equal(PrivacyWorld.Email, mentor["email"]!.GetValue<string>());
            Assert.Equal(PrivacyWorld.JobTitle, mentor["jobTitle"]!.GetValue<string>());
        }
        else
        {
            Assert.Null(mentor["displayName"]);
            Assert.Null(mentor["email"]);
            Assert.Null(mentor["jobTitle"]);
        }
    }

    [Theory]
    [InlineData("herself", true)]
    [InlineData("her employer's admin", true)]
    [InlineData("admin", true)]
    [InlineData("a colleague", false)]
    [InlineData("organiser", false)]
    [InlineData("coordinator", false)]
    public async Task A_withdrawn_mentor_is_reachable_by_ID_only_for_those_who_manage_the_profile(string caller, bool visible)
    {
        // "herself" here is the withdrawn mentor; the other callers stand in the same relation to her as to Priya.
        var who = caller == "herself" ? TestCallers.Mentor(world.Withdrawn.Id) : world.Caller(caller);

        var data = await world.App.CreateGraphQLClient(who).QueryAsync(
            "query($id: ID!) { node(id: $id) { ... on Mentor { id status } } }", new { id = TestData.Id("Mentor", world.Withdrawn.Id) });

        if (visible)
        {
            Assert.Equal("WITHDRAWN", data["node"]!["status"]!.GetValue<string>());
        }
        else
        {
            Assert.Null(data["node"]);
        }
    }

    [Fact]
    public async Task Anonymous_callers_see_open_skills_gaps_only()
    {
        var employerId = TestData.Id("Employer", world.Acorn.Id);
        const string Query = """
            query($employerId: ID!, $filled: ID!) {
              skillsGaps(where: { employer: { id: { eq: $employerId } } }) { totalCount nodes { status } }
              node(id: $filled) { ... on SkillsGap { status } }
              employers(where: { id: { eq: $employerId } }) { nodes { skillsGaps { status } } }
            }
            """;
        var variables = new { employerId, filled = TestData.Id("SkillsGap", world.FilledGap.Id) };

        var anonymous = await world.App.CreateGraphQLClient(TestCallers.Anonymous).QueryAsync(Query, variables);
        var organiser = await world.App.CreateGraphQLClient(TestCallers.Organiser).QueryAsync(Query, variables);

        Assert.Equal(1, anonymous["skillsGaps"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("OPEN", anonymous["skillsGaps"]!["nodes"]![0]!["status"]!.GetValue<string>());
        Assert.Null(anonymous["node"]);
        Assert.Equal(["OPEN"], Statuses(anonymous["employers"]!["nodes"]![0]!["skillsGaps"]));
        Assert.Equal(2, organiser["skillsGaps"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("FILLED", organiser["node"]!["status"]!.GetValue<string>());
        Assert.Equal(["OPEN", "FILLED"], Statuses(organiser["employers"]!["nodes"]![0]!["skillsGaps"]).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public async Task Anonymous_callers_read_employer_names_and_sectors()
    {
        var data = await world.App.CreateGraphQLClient(TestCallers.Anonymous).QueryAsync(
            "{ employers(order: [{ name: ASC }]) { nodes { name sector } } }");

        Assert.Equal("Acorn Robotics", data["employers"]!["nodes"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("CONSTRUCTION", data["employers"]!["nodes"]![1]!["sector"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("mentors(where: { displayName: { startsWith: \"P\" } })")]
    [InlineData("mentors(where: { jobTitle: { eq: \"Automation Lead\" } })")]
    [InlineData("mentors(order: [{ displayName: ASC }])")]
    public async Task Personal_fields_can_be_neither_filtered_nor_sorted(string field)
    {
        var response = await world.App.CreateGraphQLClient(TestCallers.Organiser).PostAsync($"{{ {field} {{ totalCount }} }}");

        Assert.Equal(400, response.StatusCode);
        Assert.Null(response.Data);
    }

    private static string[] Statuses(JsonNode? gaps) => [.. gaps!.AsArray().Select(g => g!["status"]!.GetValue<string>())];

    private (string Query, Func<JsonNode, JsonNode?> Read) Query(string path) => path switch
    {
        "node" => ($"query($id: ID!) {{ node(id: $id) {{ ... on Mentor {{ {Fields} }} }} }}", data => data["node"]),
        "nodes" => ($"query($id: ID!) {{ nodes(ids: [$id]) {{ ... on Mentor {{ {Fields} }} }} }}", data => data["nodes"]![0]),
        "mentors.nodes" => ($"query($id: ID!) {{ mentors(where: {{ id: {{ eq: $id }} }}) {{ nodes {{ {Fields} }} }} }}", data => data["mentors"]!["nodes"]![0]),
        "mentors.edges" => ($"query($id: ID!) {{ mentors(where: {{ id: {{ eq: $id }} }}) {{ edges {{ node {{ {Fields} }} }} }} }}", data => data["mentors"]!["edges"]![0]!["node"]),
        "employer.mentors" => ($"query($employerId: ID!) {{ employers(where: {{ id: {{ eq: $employerId }} }}) {{ nodes {{ mentors {{ {Fields} }} }} }} }}",
            data => Priya(data["employers"]!["nodes"]![0]!["mentors"])),
        "skillsGap.employer.mentors" => ($"query($employerId: ID!) {{ skillsGaps(where: {{ employer: {{ id: {{ eq: $employerId }} }} }}, first: 1) {{ nodes {{ employer {{ mentors {{ {Fields} }} }} }} }} }}",
            data => Priya(data["skillsGaps"]!["nodes"]![0]!["employer"]!["mentors"])),
        _ => throw new ArgumentOutOfRangeException(nameof(path), path, null),
    };

    private JsonNode? Priya(JsonNode? mentors) =>
        mentors!.AsArray().SingleOrDefault(m => m!["id"]!.GetValue<string>() == world.PriyaId);
}
