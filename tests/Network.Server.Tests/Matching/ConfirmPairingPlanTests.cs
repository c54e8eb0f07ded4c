using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Auditing;
using Network.Server.Employers;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Pairings;

namespace Network.Server.Tests.Matching;

/// <summary>A coordinator plans a pool, confirms the plan, and the plan's pairs are proposed: all of them or none.</summary>
public sealed class ConfirmPairingPlanTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Confirm = """
        mutation($input: ConfirmPairingPlanInput!) {
          confirmPairingPlan(input: $input) {
            pairings { id status format proposedByRoles participants { mentor { id } } history { type } }
            errors {
              __typename ... on Error { message }
              ... on InvalidIdError { field id }
              ... on MentorInTwoPairsError { mentorId }
              ... on SameEmployerError { mentorId partnerId }
              ... on PairingAlreadyOpenError { pairingId }
              ... on OutOfRangeError { field }
            }
          }
        }
        """;

    private const string Plan = """
        mutation($input: PlanPairingsInput!) {
          planPairings(input: $input) {
            plan { pairs { mentor { id } partner { id } format } unmatched { mentor { id } reason } }
            errors { __typename }
          }
        }
        """;

    private readonly PairingKit _kit = new(app);

    [Fact]
    public async Task Confirming_a_plan_proposes_each_of_its_pairs_for_the_mentors_to_accept()
    {
        var (a, b) = await _kit.PairAsync();
        var (c, d) = await _kit.PairAsync();
        var plan = await PlanAsync(a, b, c, d);
        var pairs = plan["pairs"]!.AsArray();
        Assert.Equal(2, pairs.Count);

        var payload = await ConfirmAsync(TestCallers.Coordinator, [.. pairs.Select(p => (p!["mentor"]!["id"]!.GetValue<string>(), p["partner"]!["id"]!.GetValue<string>(), p["format"]!.GetValue<string>()))]);

        Assert.Null(payload["errors"]);
        var pairings = payload["pairings"]!.AsArray();
        Assert.Equal(2, pairings.Count);
        Assert.All(pairings, p =>
        {
            Assert.Equal("PROPOSED", p!["status"]!.GetValue<string>());
            Assert.Equal(["COORDINATOR"], p["proposedByRoles"]!.AsArray().Select(r => r!.GetValue<string>()));
            Assert.Equal(["PROPOSED"], p["history"]!.AsArray().Select(e => e!["type"]!.GetValue<string>()));
        });
        var planned = pairs.Select(p => Set(p!["mentor"]!["id"]!.GetValue<string>(), p["partner"]!["id"]!.GetValue<string>())).ToHashSet();
        Assert.Equal(planned, pairings.Select(p => Set([.. p!["participants"]!.AsArray().Select(x => x!["mentor"]!["id"]!.GetValue<string>())])).ToHashSet());

        var row = await _kit.RowAsync(pairings[0]!["id"]!.GetValue<string>());
        Assert.Equal(PairingStatus.Proposed, row.Status);
        Assert.Null(row.MentorAAcceptedAt);
        Assert.Null(row.MentorBAcceptedAt);
        await using var db = app.CreateDbContext();
        Assert.Equal(4, await db.AuditEntries.CountAsync(e => e.Action == "confirmPairingPlan" && new[] { a.Id, b.Id, c.Id, d.Id }.Contains(e.SubjectId)));
    }

    [Fact]
    public async Task One_pair_that_cannot_be_proposed_stops_the_whole_plan()
    {
        var (a, b) = await _kit.PairAsync();
        var employer = await EmployerOfAsync(a);
        var colleague = await _kit.MentorAsync(employer);
        var otherColleague = await _kit.MentorAsync(employer);

        var payload = await ConfirmAsync(TestCallers.Coordinator, [(Id(a), Id(b), null), (Id(colleague), Id(otherColleague), null)]);

        Assert.Null(payload["pairings"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("SameEmployerError", error["__typename"]!.GetValue<string>());
        Assert.Equal((Id(colleague), Id(otherColleague)), (error["mentorId"]!.GetValue<string>(), error["partnerId"]!.GetValue<string>()));
        await AssertNoPairingsAsync(a, b, colleague, otherColleague);
    }

    [Fact]
    public async Task A_plan_gives_each_mentor_one_partner()
    {
        var (a, b) = await _kit.PairAsync();
        var (c, d) = await _kit.PairAsync();

        var payload = await ConfirmAsync(TestCallers.Coordinator, [(Id(a), Id(b), null), (Id(c), Id(d), null), (Id(d), Id(a), null)]);

        Assert.Null(payload["pairings"]);
        var errors = payload["errors"]!.AsArray();
        Assert.All(errors, e => Assert.Equal("MentorInTwoPairsError", e!["__typename"]!.GetValue<string>()));
        Assert.Equal(new[] { Id(a), Id(d) }.Order(StringComparer.Ordinal), errors.Select(e => e!["mentorId"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        await AssertNoPairingsAsync(a, b, c, d);
    }

    [Fact]
    public async Task Every_pair_is_checked_as_a_single_proposal_is()
    {
        var (a, b) = await _kit.PairAsync();
        var (c, d) = await _kit.PairAsync();
        var withdrawn = await _kit.MentorAsync(await _kit.EmployerAsync(), status: MentorStatus.Withdrawn);
        var open = await _kit.ProposedAsync(c, d);

        var payload = await ConfirmAsync(TestCallers.Coordinator, [(Id(a), Id(withdrawn), null), (Id(c), Id(d), null), (Id(b), TestData.Id("Mentor", 987_654), null)]);

        Assert.Null(payload["pairings"]);
        Assert.Equal(
            ["MentorWithdrawnError", "PairingAlreadyOpenError", "MentorNotFoundError"],
            payload["errors"]!.AsArray().Select(e => e!["__typename"]!.GetValue<string>()));
        Assert.Equal(open, payload["errors"]![1]!["pairingId"]!.GetValue<string>());
        await AssertNoPairingsAsync(a, b, withdrawn);
    }

    [Fact]
    public async Task A_plan_holds_at_least_one_pair_of_valid_IDs()
    {
        var (a, b) = await _kit.PairAsync();

        var empty = await ConfirmAsync(TestCallers.Coordinator, []);
        var invalid = await ConfirmAsync(TestCallers.Coordinator, [(Id(a), Id(b), null), (Id(b), TestData.Id("Employer", 1), null)]);

        Assert.Equal(("OutOfRangeError", "pairs"), ErrorOf(empty, "field"));
        Assert.Equal(("InvalidIdError", "pairs[1].partnerId"), ErrorOf(invalid, "field"));
        await AssertNoPairingsAsync(a, b);
    }

    [Fact]
    public async Task A_format_the_pair_cannot_meet_in_is_refused()
    {
        var first = await _kit.MentorAsync(await _kit.EmployerAsync(), ["artificial-intelligence"], ["budget-planning"], format: MentoringFormat.Online);
        var second = await _kit.MentorAsync(await _kit.EmployerAsync(), ["budget-planning"], ["artificial-intelligence"], format: MentoringFormat.Hybrid);

        var payload = await ConfirmAsync(TestCallers.Coordinator, [(Id(first), Id(second), "IN_PERSON")]);

        Assert.Equal("NoCommonFormatError", ErrorOf(payload, "message").Type);
        await AssertNoPairingsAsync(first, second);
    }

    [Fact]
    public async Task A_new_plan_leaves_out_confirmed_pairs_and_mentors_at_capacity()
    {
        var (a, b) = await _kit.PairAsync(capacity: 1);
        var (c, d) = await _kit.PairAsync(capacity: 3);
        await _kit.AcceptedAsync(a, b);
        await _kit.ProposedAsync(c, d);

        var plan = await PlanAsync(a, b, c, d);

        var pairs = plan["pairs"]!.AsArray().Select(p => Set(p!["mentor"]!["id"]!.GetValue<string>(), p["partner"]!["id"]!.GetValue<string>())).ToList();
        Assert.DoesNotContain(Set(Id(c), Id(d)), pairs);
        Assert.All(pairs, p => Assert.DoesNotContain(Id(a), p));
        var reasons = plan["unmatched"]!.AsArray().ToDictionary(u => u!["mentor"]!["id"]!.GetValue<string>(), u => u!["reason"]!.GetValue<string>());
        Assert.Equal("At capacity: already holds 1 accepted, active or paused pairings.", reasons[Id(a)]);
        Assert.Equal("At capacity: already holds 1 accepted, active or paused pairings.", reasons[Id(b)]);
    }

    private static string Id(Mentor mentor) => PairingKit.Id(mentor);

    private static string Set(params string[] ids) => string.Join(" ", ids.Order(StringComparer.Ordinal));

    private static (string Type, string Value) ErrorOf(JsonNode payload, string field)
    {
        Assert.Null(payload["pairings"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        return (error["__typename"]!.GetValue<string>(), error[field]!.GetValue<string>());
    }

    private async Task<JsonNode> PlanAsync(params Mentor[] pool)
    {
        var data = await app.CreateGraphQLClient(TestCallers.Coordinator).QueryAsync(Plan, new { input = new { pool = new { mentorIds = pool.Select(Id).ToArray() } } });
        Assert.Null(data["planPairings"]!["errors"]);
        return data["planPairings"]!["plan"]!;
    }

    private async Task<JsonNode> ConfirmAsync(Network.Server.Identity.Caller caller, (string MentorId, string PartnerId, string? Format)[] pairs)
    {
        var input = new JsonObject
        {
            ["pairs"] = new JsonArray([.. pairs.Select(p => new JsonObject { ["mentorId"] = p.MentorId, ["partnerId"] = p.PartnerId, ["format"] = p.Format })]),
        };
        var data = await app.CreateGraphQLClient(caller).QueryAsync(Confirm, new { input });
        return data["confirmPairingPlan"]!;
    }

    private async Task<Network.Server.Employers.Employer> EmployerOfAsync(Mentor mentor)
    {
        await using var db = app.CreateDbContext();
        return await db.Employers.AsNoTracking().SingleAsync(e => e.Id == mentor.EmployerId);
    }

    private async Task AssertNoPairingsAsync(params Mentor[] mentors)
    {
        var ids = mentors.Select(m => m.Id).ToArray();
        await using var db = app.CreateDbContext();
        Assert.False(await db.Pairings.AnyAsync(p => ids.Contains(p.MentorAId) || ids.Contains(p.MentorBId)), "A pairing was written.");
    }
}
