using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.DataLoading;

/// <summary>Nested queries batch every relation through data loaders: the SQL command count does not grow with the page size.</summary>
public sealed class SqlCommandCountTests(NetworkApp app) : IClassFixture<NetworkApp>, IAsyncLifetime
{
    private const string Nested = """
        query($first: Int) {
          employers(first: $first, order: [{ name: ASC }]) {
            totalCount
            nodes {
              name
              skillsGaps { severity skill { name } employer { name } }
              mentors { displayName employer { name } offers { level skill { slug } } wants { skill { slug } } }
            }
          }
        }
        """;

    public Task InitializeAsync() => app.SeedOnceAsync(SeedAsync);

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task SeedAsync(TestData data)
    {
        string[] outcodes = ["B1", "B5", "CV1", "CV4", "WV1", "WS1", "DY1", "B90"];
        for (var i = 0; i < 50; i++)
        {
            var employer = await data.EmployerAsync($"Employer {i:D2}", (Sector)(i % 3), outcodes[i % outcodes.Length]);
            await data.GapAsync(employer, "cybersecurity", SkillsGapSeverity.High);
            await data.GapAsync(employer, "budget-planning", SkillsGapSeverity.Low);
            await data.MentorAsync(employer, $"Mentor {i:D2}", CareerStage.Early, ["data-analytics", "artificial-intelligence"], ["client-relations"]);
        }
    }

    [Fact]
    public async Task Nested_query_sends_as_many_SQL_commands_for_50_employers_as_for_5()
    {
        var small = await CountAsync(5);
        var large = await CountAsync(50);

        Assert.Equal(small, large);
        // The page, its count, gaps, mentors, employers, offered and wanted skills, and skills (twice: two levels).
        Assert.InRange(large, 6, 9);
    }

    [Fact]
    public async Task Node_lookups_of_many_ids_are_one_command_per_type()
    {
        var ids = Enumerable.Range(1, 40).Select(i => TestData.Id("Skill", i)).Concat(Enumerable.Range(1, 10).Select(i => TestData.Id("Employer", i)));
        var client = app.CreateGraphQLClient();
        await client.QueryAsync("{ skills(first: 1) { totalCount } }");
        app.SqlCommands.Reset();

        var data = await client.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Equal(50, data["nodes"]!.AsArray().Count);
        Assert.Equal(2, app.SqlCommands.Count);
    }

    private async Task<int> CountAsync(int first)
    {
        var client = app.CreateGraphQLClient();
        await client.QueryAsync(Nested, new { first });
        app.SqlCommands.Reset();
        var data = await client.QueryAsync(Nested, new { first });
        Assert.Equal(first, data["employers"]!["nodes"]!.AsArray().Count);
        return app.SqlCommands.Count;
    }
}
