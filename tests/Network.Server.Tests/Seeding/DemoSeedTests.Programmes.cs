using System.Text.Json.Nodes;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Seeding;

/// <summary>The demo's programmes, read through the API as their coordinator and administrators see them.</summary>
public sealed partial class DemoSeedTests
{
    /// <summary>The coordinator a <c>token --role COORDINATOR</c> minted without a subject acts as.</summary>
    private static readonly Caller DemoCoordinator = new("local-coordinator", [Role.Coordinator]);

    private static readonly string[] CombinedAuthority = ["E08000025", "E08000026", "E08000027", "E08000028", "E08000029", "E08000030", "E08000031"];

    private static Caller DemoMentor(string id) => new(TokenCommand.DefaultSubject(Role.Mentor, mentorId: GlobalId.Parse(id, "Mentor")), [Role.Mentor], mentorId: GlobalId.Parse(id, "Mentor"));

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Demo_network_has_a_running_programme_across_the_combined_authority_and_a_recruiting_one_in_ICT()
    {
        var (running, recruiting) = await ProgrammesAsync("""
            status isEnrolling startsOn endsOn enrolmentClosesOn sectors maxPairs
            area { radiusKm localAuthorities { code } }
            sessions { everyWeeks minutes minimumSessions }
            requiredTraining { slug }
            codeOfConduct { version }
            """);

        Assert.True(Date(running, "startsOn") < Today && Today < Date(running, "endsOn"), "the running programme started in the past and ends in the future");
        Assert.Equal(CombinedAuthority, running["area"]!["localAuthorities"]!.AsArray().Select(a => a!["code"]!.GetValue<string>()).Order());
        Assert.Null(running["area"]!["radiusKm"]);
        Assert.Equal(["CONSTRUCTION", "ENGINEERING_MANUFACTURING", "ICT_DIGITAL"], Strings(running["sectors"]).Order());
        Assert.Contains("active-listening", running["requiredTraining"]!.AsArray().Select(t => t!["slug"]!.GetValue<string>()));

        Assert.True(recruiting["isEnrolling"]!.GetValue<bool>());
        Assert.True(Date(recruiting, "enrolmentClosesOn") >= Today && Date(recruiting, "startsOn") > Today, "the recruiting programme takes enrolments and has not started");
        Assert.Equal(["ICT_DIGITAL"], Strings(recruiting["sectors"]));
        Assert.True(recruiting["area"]!["radiusKm"]!.GetValue<double>() > 0);
        Assert.All(new[] { running, recruiting }, p =>
        {
            Assert.True(Date(p, "enrolmentClosesOn") <= Date(p, "endsOn"));
            Assert.Equal(1, p["codeOfConduct"]!["version"]!.GetValue<int>());
            Assert.True(p["sessions"]!["minimumSessions"]!.GetValue<int>() > 0);
        });
    }

    [Fact]
    public async Task The_running_programme_has_concerns_for_its_coordinator_and_none_for_those_they_are_about()
    {
        var (running, _) = await ProgrammesAsync("id concerns { status category description reporter { id } aboutPairing { participants { mentor { id } } } actions { action } }");

        var concerns = running["concerns"]!.AsArray();
        Assert.Equal(["ACTIONED", "OPEN"], concerns.Select(c => c!["status"]!.GetValue<string>()).Order());
        Assert.All(concerns, c => Assert.False(string.IsNullOrWhiteSpace(c!["description"]!.GetValue<string>())));
        Assert.Equal(["ACKNOWLEDGE", "PAUSE_PAIRING"], concerns.Single(c => c!["status"]!.GetValue<string>() == "ACTIONED")!["actions"]!.AsArray().Select(a => a!["action"]!.GetValue<string>()));

        foreach (var concern in concerns)
        {
            // The reporter is one of the pairing's mentors; the other finds no concern in the programme.
            var reporter = concern!["reporter"]!["id"]!.GetValue<string>();
            var pairing = concern["aboutPairing"]!;
            var mentors = pairing["participants"]!.AsArray().Select(p => p!["mentor"]!["id"]!.GetValue<string>()).ToList();
            Assert.Contains(reporter, mentors);
            var other = mentors.Single(m => m != reporter);
            var seen = await app.CreateGraphQLClient(DemoMentor(other))
                .QueryAsync("query($id: ID!) { node(id: $id) { ... on Programme { concerns { id } } } }", new { id = running["id"]!.GetValue<string>() });
            Assert.Null(seen["node"]!["concerns"]);
        }
    }

    [Fact]
    public async Task The_running_programme_s_pairs_have_a_history_of_sessions_and_its_coordinator_sees_which_need_attention()
    {
        var (running, _) = await ProgrammesAsync("id pairings { status sessions { status startsAt absentMentorIds } }", DemoCoordinator);

        var active = running["pairings"]!.AsArray().Where(p => p!["status"]!.GetValue<string>() is "ACTIVE" or "PAUSED").ToList();
        var sessions = active.SelectMany(p => p!["sessions"]!.AsArray()).ToList();
        var statuses = sessions.GroupBy(x => x!["status"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(statuses.GetValueOrDefault("HELD") > 10, "most sessions were held");
        Assert.True(statuses.GetValueOrDefault("SCHEDULED") > 0, "the next sessions are scheduled");
        Assert.All(sessions.Where(x => x!["status"]!.GetValue<string>() == "MISSED"), x => Assert.Single(x!["absentMentorIds"]!.AsArray()));

        var attention = await app.CreateGraphQLClient(DemoCoordinator).QueryAsync(
            "query($id: ID!) { pairingsNeedingAttention(programmeId: $id) { status reasons } }", new { id = running["id"]!.GetValue<string>() });
        var first = attention["pairingsNeedingAttention"]![0]!;
        Assert.Equal(("STALLED", "Paused while a concern is looked into."), (first["status"]!.GetValue<string>(), first["reasons"]![0]!.GetValue<string>()));
        Assert.Contains(attention["pairingsNeedingAttention"]!.AsArray(), h => h!["status"]!.GetValue<string>() == "AT_RISK");
    }

    [Fact]
    public async Task Programme_objectives_address_gaps_of_employers_that_joined_open_when_targeted()
    {
        var (running, recruiting) = await ProgrammesAsync("employers { id } objectives { measure target skills { id } skillsGaps { status employer { id } } }");

        foreach (var programme in new[] { running, recruiting })
        {
            var joined = Ids(programme["employers"]);
            var objectives = programme["objectives"]!.AsArray();
            Assert.InRange(objectives.Count, 2, 3);
            var measures = objectives.Select(o => o!["measure"]!.GetValue<string>()).ToList();
            Assert.Contains("GAPS_ADDRESSED", measures);
            Assert.Contains("PAIRS_FORMED", measures);
            Assert.Contains("MENTORS_TRAINED", measures);
            var gaps = objectives.SelectMany(o => o!["skillsGaps"]!.AsArray()).ToList();
            Assert.NotEmpty(gaps);
            // Targeted while open; at the running programme's end some were answered FILLED, which closed them.
            Assert.All(gaps, gap =>
            {
                Assert.Contains(gap!["status"]!.GetValue<string>(), programme == running ? (string[])["OPEN", "FILLED"] : ["OPEN"]);
                Assert.Contains(gap["employer"]!["id"]!.GetValue<string>(), joined);
            });
            var addressing = objectives.Single(o => o!["measure"]!.GetValue<string>() == "GAPS_ADDRESSED")!;
            Assert.InRange(addressing["target"]!.GetValue<double>(), 1, addressing["skillsGaps"]!.AsArray().Count);
        }
    }

    [Fact]
    public async Task Enrolled_mentors_consented_to_the_code_of_conduct_and_work_for_employers_that_joined()
    {
        var (running, recruiting) = await ProgrammesAsync(
            "maxPairs enrolledCount employers { id } enrolments { status consentGivenAt conductVersion acceptedCurrentConduct readyToPair missingTraining { id } nominatedAt mentor { employer { id } } }");

        foreach (var programme in new[] { running, recruiting })
        {
            var joined = Ids(programme["employers"]);
            var enrolments = programme["enrolments"]!.AsArray().Select(e => e!).ToList();
            var enrolled = enrolments.Where(e => e["status"]!.GetValue<string>() == "ENROLLED").ToList();
            var nominated = enrolments.Where(e => e["status"]!.GetValue<string>() == "NOMINATED").ToList();
            Assert.Equal(enrolled.Count, programme["enrolledCount"]!.GetValue<int>());
            Assert.InRange(enrolled.Count, 5, 2 * programme["maxPairs"]!.GetValue<int>());
            Assert.NotEmpty(nominated);
            Assert.All(enrolments, e => Assert.Contains(e["mentor"]!["employer"]!["id"]!.GetValue<string>(), joined));
            Assert.All(enrolled, e =>
            {
                Assert.NotNull(e["consentGivenAt"]);
                Assert.Equal(1, e["conductVersion"]!.GetValue<int>());
                Assert.True(e["acceptedCurrentConduct"]!.GetValue<bool>());
            });
            Assert.All(nominated, e =>
            {
                Assert.Null(e["consentGivenAt"]);
                Assert.False(e["readyToPair"]!.GetValue<bool>());
            });

            // Most have completed the required training, and some have not yet.
            var ready = enrolled.Count(e => e["readyToPair"]!.GetValue<bool>());
            Assert.InRange(ready, (enrolled.Count / 2) + 1, enrolled.Count - 1);
            Assert.All(enrolled.Where(e => !e["readyToPair"]!.GetValue<bool>()), e => Assert.NotEmpty(e["missingTraining"]!.AsArray()));
        }
    }

    [Fact]
    public async Task Running_programme_pairs_ready_enrolled_mentors_of_different_employers_once_each()
    {
        var (running, recruiting) = await ProgrammesAsync("""
            pairCount
            enrolments { status readyToPair mentor { id } }
            pairings { status score participants { accepted employer { id } mentor { id employer { id } } } programme { status } }
            """);

        var ready = running["enrolments"]!.AsArray().Where(e => e!["readyToPair"]!.GetValue<bool>()).Select(e => e!["mentor"]!["id"]!.GetValue<string>()).ToHashSet();
        var pairings = running["pairings"]!.AsArray().Select(p => p!).ToList();
        Assert.InRange(pairings.Count, 8, ready.Count / 2);
        var statuses = pairings.Select(p => p["status"]!.GetValue<string>()).ToList();
        Assert.Equal(["ACCEPTED", "ACTIVE", "COMPLETED", "PAUSED", "PROPOSED"], statuses.Distinct().Order());
        Assert.Equal(statuses.Count(s => s != "PROPOSED"), running["pairCount"]!.GetValue<int>());
        Assert.All(pairings, p =>
        {
            var sides = p["participants"]!.AsArray().Select(s => s!).ToList();
            Assert.Equal(2, sides.Count);
            Assert.NotEqual(sides[0]["employer"]!["id"]!.GetValue<string>(), sides[1]["employer"]!["id"]!.GetValue<string>());
            Assert.All(sides, s => Assert.Contains(s["mentor"]!["id"]!.GetValue<string>(), ready));
            Assert.True(p["score"]!.GetValue<double>() > 0);
            Assert.Equal("RUNNING", p["programme"]!["status"]!.GetValue<string>());
            Assert.Equal(p["status"]!.GetValue<string>() != "PROPOSED", sides.All(s => s["accepted"]!.GetValue<bool>()));
        });
        var mentors = pairings.SelectMany(p => p["participants"]!.AsArray().Select(s => s!["mentor"]!["id"]!.GetValue<string>())).ToList();
        Assert.Equal(mentors.Count, mentors.Distinct().Count());
        Assert.Empty(recruiting["pairings"]!.AsArray());
    }

    [Fact]
    public async Task Running_programme_shows_progress_on_every_objective()
    {
        var (running, _) = await ProgrammesAsync("objectives { measure progress { current target percentOfTarget } }");

        Assert.All(running["objectives"]!.AsArray(), o =>
        {
            var progress = o!["progress"]!;
            Assert.True(progress["current"]!.GetValue<double>() > 0, $"{o["measure"]} has made progress");
            Assert.True(progress["current"]!.GetValue<double>() <= progress["target"]!.GetValue<double>() * 2);
        });
    }

    [Fact]
    public async Task A_coordinator_token_without_a_subject_runs_both_programmes_and_plans_the_running_one()
    {
        var (running, recruiting) = await ProgrammesAsync("id coordinatorSubjects enrolments { status }", DemoCoordinator);

        Assert.All(new[] { running, recruiting }, p =>
        {
            Assert.Contains("local-coordinator", Strings(p["coordinatorSubjects"]));
            Assert.NotEmpty(p["enrolments"]!.AsArray());
        });
        var plan = await app.CreateGraphQLClient(DemoCoordinator).QueryAsync(
            "mutation($id: ID!) { planPairings(input: { pool: { programmeId: $id } }) { plan { poolSize } errors { __typename } } }",
            new { id = running["id"]!.GetValue<string>() });
        Assert.Null(plan["planPairings"]!["errors"]);
        Assert.True(plan["planPairings"]!["plan"]!["poolSize"]!.GetValue<int>() >= 2);
    }

    /// <summary>The demo's running and recruiting programmes, as <paramref name="caller"/> (an administrator unless given) sees <paramref name="selection"/>.</summary>
    private async Task<(JsonNode Running, JsonNode Recruiting)> ProgrammesAsync(string selection, Caller? caller = null)
    {
        var data = await app.CreateGraphQLClient(caller ?? TestCallers.Admin).QueryAsync($$"""
            { programmes(first: 10, order: [{ name: ASC }]) { totalCount nodes { name status {{selection}} } } }
            """);
        var programmes = data["programmes"]!["nodes"]!.AsArray().Select(p => p!).ToList();
        Assert.Equal(2, data["programmes"]!["totalCount"]!.GetValue<int>());
        return (
            Assert.Single(programmes, p => p["status"]!.GetValue<string>() == "RUNNING"),
            Assert.Single(programmes, p => p["status"]!.GetValue<string>() == "RECRUITING"));
    }

    private static DateOnly Date(JsonNode programme, string field) => DateOnly.Parse(programme[field]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<string> Strings(JsonNode? list) => list!.AsArray().Select(s => s!.GetValue<string>());

    private static HashSet<string> Ids(JsonNode? list) => [.. list!.AsArray().Select(e => e!["id"]!.GetValue<string>())];
}
