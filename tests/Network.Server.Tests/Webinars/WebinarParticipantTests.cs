using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Webinars;

/// <summary>
/// Finding participants on a small network: for an online cybersecurity and data-analytics webinar for engineering, four
/// employers with gaps and three mentors who want the topics; for an in-person project-management webinar in Coventry,
/// three mentors within reach. Every test reads the same data, so each ranking is checked whole.
/// </summary>
public sealed class WebinarParticipantTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Employers = """
        query($id: ID!, $first: Int, $after: String) { node(id: $id) { ... on Webinar { suggestedEmployers(first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          nodes { employer { name } sector openGapCount gapsBySeverity { critical high medium low } hardToFillVacancies topics { slug } distanceKm score
                  reasons { kind text points skill { slug } } invitation { status } registrationStatus } } } } }
        """;

    private const string Mentors = """
        query($id: ID!, $withinKm: Float) { node(id: $id) { ... on Webinar { suggestedMentors(withinKm: $withinKm) {
          totalCount nodes { mentorId careerStage distanceKm wantedTopics { slug } score reasons { kind text points skill { slug } } invitation { status } registrationStatus } } } } }
        """;

    private readonly WebinarApi _api = new(app);

    [Fact]
    public async Task Employers_are_ranked_by_their_gaps_in_the_topics_and_explained()
    {
        var id = await OnlineAsync("Employers ranked");

        var page = (await app.CreateGraphQLClient(TestCallers.Organiser).QueryAsync(Employers, new { id }))["node"]!["suggestedEmployers"]!;

        var nodes = page["nodes"]!.AsArray();
        Assert.Equal(4, page["totalCount"]!.GetValue<int>());
        Assert.Equal(["Beta Works", "Alpha Forge", "Epsilon Tools", "Zeta Machining"], nodes.Select(n => n!["employer"]!["name"]!.GetValue<string>()));
        Assert.Equal([8, 6.5, 4, 4], nodes.Select(n => n!["score"]!.GetValue<double>()));
        var beta = nodes[0]!;
        Assert.Equal(("ENGINEERING_MANUFACTURING", 1, 12), (beta["sector"]!.GetValue<string>(), beta["openGapCount"]!.GetValue<int>(), beta["hardToFillVacancies"]!.GetValue<int>()));
        Assert.Null(beta["distanceKm"]);
        Assert.Null(beta["invitation"]);
        Assert.Equal(
            [("OPEN_GAP", "An open HIGH gap in Cybersecurity", 3.0), ("HARD_TO_FILL", "12 hard-to-fill vacancies in these gaps (the first 10 count)", 5.0),
                ("SECTOR", "It is in ENGINEERING_MANUFACTURING, which the webinar is for", 0.0)],
            beta["reasons"]!.AsArray().Select(r => (r!["kind"]!.GetValue<string>(), r["text"]!.GetValue<string>(), r["points"]!.GetValue<double>())));
        var alpha = nodes[1]!;
        Assert.Equal("""{"critical":1,"high":0,"medium":0,"low":1}""", alpha["gapsBySeverity"]!.ToJsonString());
        Assert.Equal(["cybersecurity", "data-analytics"], alpha["topics"]!.AsArray().Select(t => t!["slug"]!.GetValue<string>()));
        Assert.All(nodes, n => Assert.Equal(n!["score"]!.GetValue<double>(), n["reasons"]!.AsArray().Sum(r => r!["points"]!.GetValue<double>()), 2));
    }

    [Fact]
    public async Task Suggestions_page_in_rank_order()
    {
        var id = await OnlineAsync("Employers paged");
        var client = app.CreateGraphQLClient(TestCallers.Organiser);

        var first = (await client.QueryAsync(Employers, new { id, first = 3 }))["node"]!["suggestedEmployers"]!;
        var rest = (await client.QueryAsync(Employers, new { id, first = 3, after = first["pageInfo"]!["endCursor"]!.GetValue<string>() }))["node"]!["suggestedEmployers"]!;

        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.False(rest["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(["Beta Works", "Alpha Forge", "Epsilon Tools", "Zeta Machining"], first["nodes"]!.AsArray().Concat(rest["nodes"]!.AsArray()).Select(n => n!["employer"]!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Mentors_who_want_the_topics_are_ranked_without_personal_data()
    {
        var id = await OnlineAsync("Mentors ranked");
        var mentors = await MentorIdsAsync();

        var page = (await app.CreateGraphQLClient(TestCallers.Organiser).QueryAsync(Mentors, new { id }))["node"]!["suggestedMentors"]!;

        var nodes = page["nodes"]!.AsArray();
        Assert.Equal([mentors["Ada"], mentors["Bo"], mentors["Cy"]], nodes.Select(n => n!["mentorId"]!.GetValue<string>()));
        Assert.Equal([8, 4, 4], nodes.Select(n => n!["score"]!.GetValue<double>()));
        var ada = nodes[0]!;
        Assert.Equal("EARLY", ada["careerStage"]!.GetValue<string>());
        Assert.Null(ada["distanceKm"]);
        Assert.Equal(["cybersecurity", "data-analytics"], ada["wantedTopics"]!.AsArray().Select(t => t!["slug"]!.GetValue<string>()));
        Assert.Equal(
            [("WANTS_TOPIC", "Wants to learn Cybersecurity (BEGINNER today)"), ("WANTS_TOPIC", "Wants to learn Data analytics (BEGINNER today)"),
                ("FORMAT", "Prefers HYBRID mentoring, which suits an ONLINE webinar"), ("SECTOR", "Works in ENGINEERING_MANUFACTURING, which the webinar is for")],
            ada["reasons"]!.AsArray().Select(r => (r!["kind"]!.GetValue<string>(), r["text"]!.GetValue<string>())));
    }

    [Fact]
    public async Task In_person_mentors_are_within_their_travel_distance_and_placed_only_to_the_kilometre()
    {
        var id = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.InPerson("Site management in Coventry", "CV1 2JH"));
        var mentors = await MentorIdsAsync();
        var client = app.CreateGraphQLClient(TestCallers.Organiser);

        var all = (await client.QueryAsync(Mentors, new { id }))["node"]!["suggestedMentors"]!["nodes"]!.AsArray();
        var near = (await client.QueryAsync(Mentors, new { id, withinKm = 10.0 }))["node"]!["suggestedMentors"]!["nodes"]!.AsArray();
        var employers = (await client.QueryAsync(Employers, new { id }))["node"]!["suggestedEmployers"]!;

        Assert.Equal([mentors["Ed"], mentors["Hal"], mentors["Fay"]], all.Select(n => n!["mentorId"]!.GetValue<string>()));
        Assert.Equal([mentors["Ed"], mentors["Hal"]], near.Select(n => n!["mentorId"]!.GetValue<string>()));
        var fay = all[2]!;
        var km = fay["distanceKm"]!.GetValue<int>();
        Assert.InRange(km, 20, 40);
        Assert.Equal(5 - (km / 10.0), fay["score"]!.GetValue<double>(), 2);
        Assert.Contains(("DISTANCE", $"About {km} km from the venue, within how far they travel"), fay["reasons"]!.AsArray().Select(r => (r!["kind"]!.GetValue<string>(), r["text"]!.GetValue<string>())));
        Assert.Equal(0, all[0]!["distanceKm"]!.GetValue<int>());

        // The webinar is for mentors only: its employer side is empty.
        Assert.Equal(0, employers["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_suggested_mentor_shows_no_personal_data_and_its_ID_opens_none()
    {
        var mentors = await MentorIdsAsync();
        var client = app.CreateGraphQLClient(TestCallers.Organiser);

        var fields = (await client.QueryAsync("""{ __type(name: "SuggestedMentor") { fields { name } } }"""))["__type"]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>());
        var node = (await client.QueryAsync("query($id: ID!) { node(id: $id) { ... on Mentor { displayName email jobTitle externalReference } } }", new { id = mentors["Ada"] }))["node"]!;

        Assert.Equal(["careerStage", "distanceKm", "invitation", "mentorId", "reasons", "registrationStatus", "score", "wantedTopics"], fields.Order());
        Assert.Equal("""{"displayName":null,"email":null,"jobTitle":null,"externalReference":null}""", node.ToJsonString());
    }

    [Fact]
    public async Task Only_the_organiser_and_administrators_see_the_suggestions()
    {
        var id = await OnlineAsync("Suggestions seen");
        const string Query = "query($id: ID!) { node(id: $id) { ... on Webinar { suggestedEmployers { totalCount } suggestedMentors { totalCount } } } }";

        var admin = (await app.CreateGraphQLClient(TestCallers.Admin).QueryAsync(Query, new { id }))["node"]!;
        var otherOrganiser = (await app.CreateGraphQLClient(new Caller("another-organiser", [Role.Organiser])).QueryAsync(Query, new { id }))["node"]!;
        var mentor = await app.CreateGraphQLClient(TestCallers.Mentor(1)).PostAsync(Query, new { id });

        Assert.Equal((4, 3), (admin["suggestedEmployers"]!["totalCount"]!.GetValue<int>(), admin["suggestedMentors"]!["totalCount"]!.GetValue<int>()));
        Assert.Equal("""{"suggestedEmployers":null,"suggestedMentors":null}""", otherOrganiser.ToJsonString());
        Assert.Equal("AUTH_NOT_AUTHORIZED", mentor.FirstErrorCode);
    }

    /// <summary>A published online webinar on cybersecurity and data analytics for engineering, for employers and mentors, once the network is seeded.</summary>
    private async Task<string> OnlineAsync(string title)
    {
        await SeedAsync();
        return await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online(title));
    }

    private async Task<IReadOnlyDictionary<string, string>> MentorIdsAsync()
    {
        await SeedAsync();
        await using var db = app.CreateDbContext();
        return db.Mentors.AsEnumerable().ToDictionary(m => m.DisplayName!, m => TestData.Id("Mentor", m.Id));
    }

    private Task SeedAsync() => app.SeedOnceAsync(async data =>
    {
        var alpha = await data.EmployerAsync("Alpha Forge", Sector.EngineeringManufacturing, "CV1 2JH");
        var beta = await data.EmployerAsync("Beta Works", Sector.EngineeringManufacturing, "B1 1AA");
        var gamma = await data.EmployerAsync("Gamma Build", Sector.Construction, "CV1 2JH");
        var delta = await data.EmployerAsync("Delta Fab", Sector.EngineeringManufacturing, "WV1 1AA");
        var epsilon = await data.EmployerAsync("Epsilon Tools", Sector.EngineeringManufacturing, "CV1 2JH");
        var zeta = await data.EmployerAsync("Zeta Machining", Sector.EngineeringManufacturing, "CV1 2JH");
        await data.GapAsync(alpha, "cybersecurity", SkillsGapSeverity.Critical, vacancies: 3);
        await data.GapAsync(alpha, "data-analytics", SkillsGapSeverity.Low, vacancies: 0);
        await data.GapAsync(beta, "cybersecurity", SkillsGapSeverity.High, vacancies: 12);
        await data.GapAsync(gamma, "cybersecurity", SkillsGapSeverity.Critical, vacancies: 5);
        await data.GapAsync(delta, "cybersecurity", SkillsGapSeverity.Critical, status: SkillsGapStatus.Filled);
        await data.GapAsync(delta, "project-management", SkillsGapSeverity.Critical);
        await data.GapAsync(epsilon, "data-analytics", SkillsGapSeverity.High, vacancies: 2);
        await data.GapAsync(zeta, "data-analytics", SkillsGapSeverity.High, vacancies: 2);

        await data.MentorAsync(alpha, "Ada", CareerStage.Early, ["budget-planning"], ["cybersecurity", "data-analytics"]);
        await data.MentorAsync(gamma, "Bo", CareerStage.Mid, ["budget-planning"], ["cybersecurity"], MentoringFormat.Online);
        await data.MentorAsync(alpha, "Cy", CareerStage.Senior, ["budget-planning"], ["cybersecurity"], MentoringFormat.InPerson);
        await data.MentorAsync(alpha, "Di", CareerStage.Senior, ["budget-planning"], ["cybersecurity"], status: MentorStatus.Withdrawn);
        await data.MentorAsync(gamma, "Ed", CareerStage.Mid, ["cybersecurity"], ["project-management"]);
        await data.MentorAsync(gamma, "Fay", CareerStage.Early, ["cybersecurity"], ["project-management"], MentoringFormat.InPerson, maxTravelKm: 50, postcode: "B1 1AA");
        await data.MentorAsync(alpha, "Gil", CareerStage.Early, ["cybersecurity"], ["project-management"], maxTravelKm: 20, postcode: "WV1 1AA");
        await data.MentorAsync(alpha, "Hal", CareerStage.Senior, ["cybersecurity"], ["project-management"], MentoringFormat.Online);
    });
}
