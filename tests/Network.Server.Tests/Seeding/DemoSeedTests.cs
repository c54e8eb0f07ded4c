using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.Employers;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Programmes;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace Network.Server.Tests.Seeding;

public sealed partial class DemoSeedTests(NetworkApp app) : IClassFixture<NetworkApp>, IAsyncLifetime
{
    public Task InitializeAsync() => app.SeedOnceAsync(_ => app.SeedDemoNetworkAsync());

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Demo_network_covers_the_region_and_the_three_sectors()
    {
        await using var db = app.CreateDbContext();

        // Sixty showcase employers volunteer the mentors; the rest publish skills gaps only, as most of the region's SMEs do.
        Assert.Equal(360, await db.Employers.CountAsync());
        Assert.Equal(300, await db.Mentors.CountAsync());
        Assert.Equal(60, await db.Mentors.Select(m => m.EmployerId).Distinct().CountAsync());
        Assert.Equal(3, await db.Employers.Select(e => e.Sector).Distinct().CountAsync());
        string[] councils = ["E08000025", "E08000026", "E08000027", "E08000028", "E08000029", "E08000030", "E08000031"];
        Assert.All(councils, code => Assert.True(db.Employers.Any(e => e.LocalAuthorityCode == code), code));
        Assert.True(await db.Employers.AnyAsync(e => !councils.Contains(e.LocalAuthorityCode)), "the wider region has employers too");
        Assert.True(await db.SkillsGaps.CountAsync() > await db.Employers.CountAsync());
        Assert.True(await db.Mentors.AllAsync(m => m.Offers.Count > 0 && m.Wants.Count > 0));
    }

    [Fact]
    public async Task Seeding_again_without_reset_changes_nothing()
    {
        await using var before = app.CreateDbContext();
        var counts = await CountsAsync(before);

        await app.SeedDemoNetworkAsync();

        await using var after = app.CreateDbContext();
        Assert.Equal(counts, await CountsAsync(after));
    }

    [Fact]
    public async Task Open_ICT_gaps_near_Coventry_are_the_same_every_time()
    {
        var data = await app.CreateGraphQLClient().QueryAsync("""
            {
              skillsGaps(
                near: { origin: { postcode: "CV1" }, radiusKm: 15 }
                where: { status: { eq: OPEN }, sector: { eq: ICT_DIGITAL } }
                order: [{ severity: DESC }, { distanceKm: ASC }]
                first: 50) {
                totalCount
                nodes { severity hardToFillVacancies distanceKm skill { slug } employer { name postcode } }
              }
            }
            """);

        Assert.True(data["skillsGaps"]!["totalCount"]!.GetValue<int>() >= 5);
        foreach (var node in data["skillsGaps"]!["nodes"]!.AsArray())
        {
            // Metres are enough to pin the result; the last digits of a geodesic may differ between PostGIS builds.
            node!["distanceKm"] = Math.Round(node["distanceKm"]!.GetValue<double>(), 3);
        }

        Snapshot.Match(data.ToJsonString());
    }

    private static async Task<(int Employers, int Mentors, int Gaps, int Programmes, int Enrolments, int Pairings)> CountsAsync(NetworkDbContext db) =>
        (await db.Employers.CountAsync(), await db.Mentors.CountAsync(), await db.SkillsGaps.CountAsync(),
            await db.Programmes.CountAsync(), await db.ProgrammeEnrolments.CountAsync(), await db.Pairings.CountAsync());
}
