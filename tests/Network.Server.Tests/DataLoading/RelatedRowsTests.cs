using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.DataLoading;

/// <summary>
/// A skills gap's skill and employer, when a selection asks for them, are read in the same statement as the gaps (a page
/// of <c>skillsGaps</c>, or an employer's <c>skillsGaps</c>) instead of by a data loader's statement after it: the count
/// of SQL statements is that of the same query without them, and every gap still shows its own skill and employer.
/// Likewise a page of mentors reads their employers, and their offered and wanted skills come with their skills.
/// </summary>
public sealed class RelatedRowsTests(NetworkApp app) : IClassFixture<NetworkApp>, IAsyncLifetime
{
    public Task InitializeAsync() => app.SeedOnceAsync(SeedAsync);

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task SeedAsync(TestData data)
    {
        string[] outcodes = ["B1", "B5", "CV1", "WV1"];
        string[] skills = ["cybersecurity", "budget-planning", "data-analytics"];
        for (var i = 0; i < 12; i++)
        {
            var employer = await data.EmployerAsync($"Related {i:D2}", (Sector)(i % 3), outcodes[i % outcodes.Length]);
            await data.GapAsync(employer, skills[i % skills.Length], SkillsGapSeverity.High);
            await data.GapAsync(employer, skills[(i + 1) % skills.Length], SkillsGapSeverity.Low);
            await data.MentorAsync(employer, $"Related Mentor {i:D2}", (CareerStage)(i % 3), [skills[i % skills.Length]], [skills[(i + 2) % skills.Length]]);
        }
    }

    [Theory]
    [InlineData("skillsGaps(first: 10, order: [{ hardToFillVacancies: DESC }])")]
    [InlineData("skillsGaps(first: 10, near: { origin: { postcode: \"B1\" }, radiusKm: 200 }, order: [{ distanceKm: ASC }])")]
    public async Task A_page_of_gaps_reads_their_skill_and_employer_with_it(string list)
    {
        var without = await CountAsync($"{{ {list} {{ nodes {{ id severity }} }} }}");
        var with = await CountAsync($"{{ {list} {{ nodes {{ id severity skill {{ name }} employer {{ name }} }} }} }}");
        var throughEdges = await CountAsync($"{{ {list} {{ edges {{ node {{ id skill {{ name }} employer {{ name }} }} }} }} }}");

        Assert.Equal(without.Statements, with.Statements);
        Assert.Equal(without.Statements, throughEdges.Statements);
        await AssertOwnRelationsAsync(with.Data[list[..list.IndexOf('(', StringComparison.Ordinal)]]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task Relations_asked_for_in_fragments_are_read_with_the_page_too()
    {
        var without = await CountAsync("{ skillsGaps(first: 10) { nodes { id } } }");
        var with = await CountAsync("""
            { skillsGaps(first: 10) { ...Page } }
            fragment Page on SkillsGapsConnection { nodes { id ... on SkillsGap { ...Gap } } }
            fragment Gap on SkillsGap { skill { name } employer { name } }
            """);

        Assert.Equal(without.Statements, with.Statements);
        await AssertOwnRelationsAsync(with.Data["skillsGaps"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task An_employers_gaps_read_their_skill_with_them()
    {
        var without = await CountAsync("{ employers(first: 12, order: [{ name: ASC }]) { nodes { name skillsGaps { id severity } } } }");
        var with = await CountAsync("{ employers(first: 12, order: [{ name: ASC }]) { nodes { name skillsGaps { id severity skill { name } } } } }");

        Assert.Equal(without.Statements, with.Statements);
        var gaps = with.Data["employers"]!["nodes"]!.AsArray().SelectMany(e => e!["skillsGaps"]!.AsArray()).ToArray();
        Assert.NotEmpty(gaps);
        await using var db = app.CreateDbContext();
        var skillOf = await db.SkillsGaps.Select(g => new { g.Id, Skill = g.Skill!.Name }).ToDictionaryAsync(g => g.Id);
        Assert.All(gaps, g => Assert.Equal(skillOf[Key(g!)].Skill, (string?)g!["skill"]!["name"]));
    }

    [Theory]
    [InlineData("mentors(first: 10)")]
    [InlineData("mentors(near: { origin: { postcode: \"B1\" }, radiusKm: 200 }, where: { offers: { some: { skill: { slug: { in: [\"cybersecurity\", \"data-analytics\"] } } } } }, order: [{ distanceKm: ASC }])")]
    public async Task A_page_of_mentors_reads_their_employer_with_it_and_their_skills_with_their_offers_and_wants(string list)
    {
        var without = await CountAsync($"{{ {list} {{ nodes {{ id }} }} }}", TestCallers.Organiser);
        var with = await CountAsync(
            $"{{ {list} {{ nodes {{ id employer {{ name }} offers {{ level skill {{ name }} }} wants {{ skill {{ name }} }} }} }} }}", TestCallers.Organiser);

        // One statement for the offers and one for the wants; none for the employers or the skills.
        Assert.Equal(without.Statements + 2, with.Statements);
        var nodes = with.Data["mentors"]!["nodes"]!.AsArray();
        Assert.NotEmpty(nodes);
        await using var db = app.CreateDbContext();
        var mentors = await db.Mentors.Select(m => new
        {
            m.Id,
            Employer = m.Employer!.Name,
            Offers = m.Offers.Select(o => o.Skill!.Name).ToList(),
            Wants = m.Wants.Select(w => w.Skill!.Name).ToList(),
        }).ToDictionaryAsync(m => m.Id);
        Assert.All(nodes, node =>
        {
            var expected = mentors[Key(node!)];
            Assert.Equal(expected.Employer, (string?)node!["employer"]!["name"]);
            Assert.Equal(expected.Offers.Order(), node["offers"]!.AsArray().Select(o => (string?)o!["skill"]!["name"]).Order());
            Assert.Equal(expected.Wants.Order(), node["wants"]!.AsArray().Select(w => (string?)w!["skill"]!["name"]).Order());
        });
    }

    private async Task AssertOwnRelationsAsync(JsonArray nodes)
    {
        Assert.NotEmpty(nodes);
        await using var db = app.CreateDbContext();
        var relations = await db.SkillsGaps.Select(g => new { g.Id, Skill = g.Skill!.Name, Employer = g.Employer!.Name }).ToDictionaryAsync(g => g.Id);
        Assert.All(nodes, node =>
        {
            var expected = relations[Key(node!)];
            Assert.Equal(expected.Skill, (string?)node!["skill"]!["name"]);
            Assert.Equal(expected.Employer, (string?)node["employer"]!["name"]);
        });
    }

    private static int Key(JsonNode node) =>
        GlobalId.TryDeserialize((string?)node["id"], out _, out var key) ? key : throw new InvalidOperationException("Not a global ID.");

    private async Task<(JsonNode Data, int Statements)> CountAsync(string query, Caller? caller = null)
    {
        var client = app.CreateGraphQLClient(caller ?? TestCallers.Admin);
        await client.QueryAsync(query);
        app.SqlCommands.Reset();
        var data = await client.QueryAsync(query);
        return (data, app.SqlCommands.Count);
    }
}
