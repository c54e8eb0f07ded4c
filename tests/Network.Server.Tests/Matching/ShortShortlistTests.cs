using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Matching;

/// <summary>The server with a shortlist of two (<c>Matching:Shortlist</c>), so that the cut falls among mentors at the same place.</summary>
public sealed class ShortShortlistApp : NetworkApp
{
    public ShortShortlistApp() => Settings = new Dictionary<string, string?> { ["Matching:Shortlist"] = "2" };
}

public sealed class ShortShortlistTests(ShortShortlistApp app) : IClassFixture<ShortShortlistApp>
{
    [Fact]
    public async Task The_shortlist_keeps_the_nearest_mentors_and_the_lowest_IDs_among_those_at_the_same_place()
    {
        var data = new TestData(app);
        var digital = await data.EmployerAsync("Junction Digital", Sector.IctDigital, "CV1 2JH");
        var build = await data.EmployerAsync("Acorn Build", Sector.Construction, "CV1 2JH");

        // The lowest ID of all, but in Birmingham; then three mentors in the junior's own district.
        await data.MentorAsync(build, "Fay Far", CareerStage.Senior, ["budget-planning"], ["machine-learning"], format: MentoringFormat.Online, postcode: "B1 1AA");
        var first = await data.MentorAsync(build, "Ash First", CareerStage.Senior, ["budget-planning"], ["machine-learning"]);
        var second = await data.MentorAsync(build, "Bo Second", CareerStage.Senior, ["budget-planning"], ["machine-learning"]);
        await data.MentorAsync(build, "Cy Third", CareerStage.Senior, ["budget-planning"], ["machine-learning"]);
        var junior = await data.MentorAsync(digital, "Jo Junior", CareerStage.Early, ["machine-learning"], ["budget-planning"]);

        var result = await app.CreateGraphQLClient().QueryAsync(
            "query($id: ID!) { mentorMatches(mentorId: $id) { partner { id } } }", new { id = TestData.Id("Mentor", junior.Id) });

        Assert.Equal(
            [TestData.Id("Mentor", first.Id), TestData.Id("Mentor", second.Id)],
            result["mentorMatches"]!.AsArray().Select(m => m!["partner"]!["id"]!.GetValue<string>()));
    }
}
