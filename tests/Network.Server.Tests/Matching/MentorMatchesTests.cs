using System.Text.Json.Nodes;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Matching;

public sealed class MentorMatchesTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Query = """
        query($id: ID!, $first: Int) {
          mentorMatches(mentorId: $id, first: $first) {
            partner { id displayName }
            score distanceKm format
            teaches { skill { slug } addressesGap }
            learns { skill { slug } addressesGap }
            gapsAddressed { skill { slug } employer { name } }
            reasons
          }
        }
        """;

    [Fact]
    public async Task Suggestions_come_best_first_with_their_explanation()
    {
        var world = await SeedAsync();

        var matches = await MatchesAsync(world.Junior.Id);

        // The senior teaches budget planning back (two-way) and addresses nothing; the peer at the same
        // employer, the withdrawn mentor and the one with nothing to exchange are never suggested.
        Assert.Equal([world.Senior.Id, world.OneWay.Id], matches.Select(m => Key(m!["partner"]!["id"]!)));
        var best = matches[0]!;
        Assert.Equal(["machine-learning"], Slugs(best["teaches"]));
        Assert.Equal(["budget-planning"], Slugs(best["learns"]));
        Assert.True(best["teaches"]![0]!["addressesGap"]!.GetValue<bool>());
        Assert.Equal("Acorn Build", best["gapsAddressed"]![0]!["employer"]!["name"]!.GetValue<string>());
        Assert.Equal("HYBRID", best["format"]!.GetValue<string>());
        Assert.Equal("A two-way exchange: each teaches the other something they want.", best["reasons"]![0]!.GetValue<string>());
        Assert.True(best["score"]!.GetValue<double>() > matches[1]!["score"]!.GetValue<double>());
    }

    [Fact]
    public async Task First_limits_the_suggestions()
    {
        var world = await SeedAsync();

        Assert.Single(await MatchesAsync(world.Junior.Id, first: 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public async Task First_must_be_between_1_and_50(int first)
    {
        var world = await SeedAsync();

        var response = await app.CreateGraphQLClient().PostAsync(Query, new { id = TestData.Id("Mentor", world.Junior.Id), first });

        Assert.Equal("PAGE_SIZE_OUT_OF_RANGE", response.FirstErrorCode);
    }

    [Fact]
    public async Task The_mentor_their_employers_admin_and_coordinators_see_suggestions_and_nobody_else()
    {
        var world = await SeedAsync();
        var id = TestData.Id("Mentor", world.Junior.Id);

        foreach (var allowed in new[] { TestCallers.Mentor(world.Junior.Id), TestCallers.EmployerAdmin(world.Junior.EmployerId), TestCallers.Coordinator, TestCallers.Admin })
        {
            var response = await app.CreateGraphQLClient(allowed).PostAsync(Query, new { id });
            Assert.True(response.Errors is null, $"{allowed}: {response.Errors?.ToJsonString()}");
        }

        foreach (var refused in new[] { TestCallers.Mentor(world.Senior.Id), TestCallers.EmployerAdmin(world.Senior.EmployerId), TestCallers.Organiser, TestCallers.Partner })
        {
            Assert.Equal("AUTH_NOT_AUTHORIZED", (await app.CreateGraphQLClient(refused).PostAsync(Query, new { id })).FirstErrorCode);
        }

        Assert.Equal("AUTH_NOT_AUTHENTICATED", (await app.CreateGraphQLClient(TestCallers.Anonymous).PostAsync(Query, new { id })).FirstErrorCode);
    }

    [Fact]
    public async Task A_withdrawn_or_unknown_mentor_gets_a_clear_error()
    {
        var world = await SeedAsync();

        var withdrawn = await app.CreateGraphQLClient().PostAsync(Query, new { id = TestData.Id("Mentor", world.Withdrawn.Id) });
        var unknown = await app.CreateGraphQLClient().PostAsync(Query, new { id = TestData.Id("Mentor", 999_999) });
        var wrongType = await app.CreateGraphQLClient().PostAsync(Query, new { id = TestData.Id("Employer", 1) });

        Assert.Equal("MENTOR_WITHDRAWN", withdrawn.FirstErrorCode);
        Assert.Equal("MENTOR_NOT_FOUND", unknown.FirstErrorCode);
        Assert.Equal("WRONG_ID_TYPE", wrongType.FirstErrorCode);
    }

    private async Task<JsonArray> MatchesAsync(int mentorId, int? first = null)
    {
        var data = await app.CreateGraphQLClient().QueryAsync(Query, new { id = TestData.Id("Mentor", mentorId), first });
        return data["mentorMatches"]!.AsArray();
    }

    private static int Key(JsonNode id) => int.Parse(
        System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(id.GetValue<string>())).Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);

    private static string[] Slugs(JsonNode? skills) => [.. skills!.AsArray().Select(s => s!["skill"]!["slug"]!.GetValue<string>())];

    private Task<World> SeedAsync() => _world ??= CreateWorldAsync();

    private static Task<World>? _world;

    private async Task<World> CreateWorldAsync()
    {
        var data = new TestData(app);
        var digital = await data.EmployerAsync("Junction Digital", Sector.IctDigital, "CV1 2JH");
        var build = await data.EmployerAsync("Acorn Build", Sector.Construction, "CV1 2JH");
        var other = await data.EmployerAsync("Birch Works", Sector.EngineeringManufacturing, "CV1 2JH");
        await data.GapAsync(build, "machine-learning", SkillsGapSeverity.Critical);
        var junior = await data.MentorAsync(digital, "Jo Junior", CareerStage.Early, ["machine-learning"], ["budget-planning"]);
        var peer = await data.MentorAsync(digital, "Pat Peer", CareerStage.Senior, ["budget-planning"], ["machine-learning"]);
        var senior = await data.MentorAsync(build, "Sam Senior", CareerStage.Senior, ["budget-planning"], ["machine-learning"]);
        var oneWay = await data.MentorAsync(other, "Ola OneWay", CareerStage.Mid, ["cnc-machining"], ["machine-learning"]);
        var withdrawn = await data.MentorAsync(other, "Wyn Withdrawn", CareerStage.Senior, ["budget-planning"], ["machine-learning"], status: MentorStatus.Withdrawn);
        await data.MentorAsync(other, "Nia Nothing", CareerStage.Senior, ["cnc-machining"], ["site-management"]);
        return new World(junior, peer, senior, oneWay, withdrawn);
    }

    private sealed record World(Mentor Junior, Mentor Peer, Mentor Senior, Mentor OneWay, Mentor Withdrawn);
}
