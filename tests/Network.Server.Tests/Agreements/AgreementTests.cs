using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Agreements;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Programmes;

namespace Network.Server.Tests.Agreements;

/// <summary>
/// Pairing agreements over HTTP against the real database: proposing and confirming, versions superseding
/// each other, every refusal typed and writing nothing, who reads the goals, and concurrent changes.
/// In the scenario's pairing Ada (side A) teaches Cat data analytics and Cat teaches Ada project management.
/// </summary>
public sealed class AgreementTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string AgreementSelection =
        "agreement { version everyWeeks format isAgreed agreedAt proposedBy { id } goals { statement skill { id } owner { id } } " +
        "confirmations { mentor { id } confirmed confirmedAt confidentialityAcknowledgedAt } }";

    private readonly ProgrammeApi _api = new(app);

    [Fact]
    public async Task A_mentor_proposes_their_partner_confirms_and_the_agreement_is_agreed()
    {
        var (s, pairingId) = await ActivePairingAsync();

        var proposed = (await ProposeAsync(s.Ada, s, pairingId, everyWeeks: 2, format: "ONLINE"))["agreement"]!;

        Assert.Equal(1, proposed["version"]!.GetValue<int>());
        Assert.Equal(2, proposed["everyWeeks"]!.GetValue<int>());
        Assert.Equal("ONLINE", proposed["format"]!.GetValue<string>());
        Assert.False(proposed["isAgreed"]!.GetValue<bool>());
        Assert.Null(proposed["agreedAt"]);
        Assert.Equal(ProgrammeScenario.MentorId(s.Ada), proposed["proposedBy"]!["id"]!.GetValue<string>());
        Assert.Equal([true, false], proposed["confirmations"]!.AsArray().Select(c => c!["confirmed"]!.GetValue<bool>()));
        Assert.Equal([ProgrammeScenario.MentorId(s.Ada), ProgrammeScenario.MentorId(s.Cat)], proposed["confirmations"]!.AsArray().Select(c => c!["mentor"]!["id"]!.GetValue<string>()));
        Assert.NotNull(proposed["confirmations"]![0]!["confidentialityAcknowledgedAt"]);
        Assert.Equal(
            [("Run a project plan end to end.", TestData.SkillId("project-management"), ProgrammeScenario.MentorId(s.Ada)), ("Build a first dashboard.", TestData.SkillId("data-analytics"), ProgrammeScenario.MentorId(s.Cat))],
            proposed["goals"]!.AsArray().Select(g => (g!["statement"]!.GetValue<string>(), g["skill"]!["id"]!.GetValue<string>(), g["owner"]!["id"]!.GetValue<string>())));

        var confirmed = (await _api.OkAsync(ProgrammeScenario.Caller(s.Cat), "confirmPairingAgreement", Confirmation(s.Cat, pairingId, 1), AgreementSelection))["agreement"]!;

        Assert.True(confirmed["isAgreed"]!.GetValue<bool>());
        Assert.NotNull(confirmed["agreedAt"]);
        Assert.Equal([true, true], confirmed["confirmations"]!.AsArray().Select(c => c!["confirmed"]!.GetValue<bool>()));
        Assert.NotNull(confirmed["confirmations"]![1]!["confidentialityAcknowledgedAt"]);

        // Confirming again changes nothing.
        var again = (await _api.OkAsync(ProgrammeScenario.Caller(s.Cat), "confirmPairingAgreement", Confirmation(s.Cat, pairingId, 1), AgreementSelection))["agreement"]!;
        Assert.Equal(confirmed["agreedAt"]!.GetValue<string>(), again["agreedAt"]!.GetValue<string>());

        var read = await PairingAgreementAsync(ProgrammeScenario.Caller(s.Ada), pairingId);
        Assert.True(read!["agreement"]!["isAgreed"]!.GetValue<bool>());
        Assert.Single(read["agreementHistory"]!.AsArray());
    }

    [Fact]
    public async Task A_new_proposal_supersedes_the_agreed_version_which_stays_as_history()
    {
        var (s, pairingId) = await ActivePairingAsync();
        await ProposeAsync(s.Ada, s, pairingId, everyWeeks: 2);
        await _api.OkAsync(ProgrammeScenario.Caller(s.Cat), "confirmPairingAgreement", Confirmation(s.Cat, pairingId, 1), AgreementSelection);

        var second = (await ProposeAsync(s.Cat, s, pairingId, everyWeeks: 4, format: "HYBRID"))["agreement"]!;

        Assert.Equal(2, second["version"]!.GetValue<int>());
        Assert.False(second["isAgreed"]!.GetValue<bool>());
        Assert.Equal([false, true], second["confirmations"]!.AsArray().Select(c => c!["confirmed"]!.GetValue<bool>()));

        // Version 1 may no longer be confirmed: only the latest may.
        var stale = await _api.SendAsync(ProgrammeScenario.Caller(s.Ada), "confirmPairingAgreement", Confirmation(s.Ada, pairingId, 1), AgreementSelection);
        Assert.Equal(["AgreementVersionMismatchError"], ProgrammeApi.ErrorTypes(stale));

        var read = await PairingAgreementAsync(ProgrammeScenario.Caller(s.Cat), pairingId);
        Assert.Equal(2, read!["agreement"]!["version"]!.GetValue<int>());
        Assert.Equal(4, read["agreement"]!["everyWeeks"]!.GetValue<int>());
        var history = read["agreementHistory"]!.AsArray();
        Assert.Equal([2, 1], history.Select(a => a!["version"]!.GetValue<int>()));
        Assert.Equal([false, true], history.Select(a => a!["isAgreed"]!.GetValue<bool>()));
        Assert.Equal([4, 2], history.Select(a => a!["everyWeeks"]!.GetValue<int>()));

        var agreed = (await _api.OkAsync(ProgrammeScenario.Caller(s.Ada), "confirmPairingAgreement", Confirmation(s.Ada, pairingId, 2), AgreementSelection))["agreement"]!;
        Assert.True(agreed["isAgreed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Refused_proposals_say_why_and_write_nothing()
    {
        var (s, pairingId) = await ActivePairingAsync();
        var proposedPairing = (await _api.OkAsync(ProgrammeScenario.Caller(s.Ben), "proposePairing", new { mentorId = ProgrammeScenario.MentorId(s.Ben), partnerId = ProgrammeScenario.MentorId(s.Dev) }, "pairing { id }"))["pairing"]!["id"]!.GetValue<string>();
        var before = await SnapshotAsync();
        var ada = ProgrammeScenario.Caller(s.Ada);

        var cases = new (string Expected, Caller Caller, object Input)[]
        {
            ("OutOfRangeError", ada, Proposal(s.Ada, pairingId, Goals(s), everyWeeks: 0)),
            ("OutOfRangeError", ada, Proposal(s.Ada, pairingId, Goals(s), everyWeeks: 13)),
            ("OutOfRangeError", ada, Proposal(s.Ada, pairingId, [])),
            ("OutOfRangeError", ada, Proposal(s.Ada, pairingId, [.. Enumerable.Repeat(Goal("More planning.", "project-management", s.Ada), AgreementRules.MaxGoals + 1)])),
            ("BlankValueError", ada, Proposal(s.Ada, pairingId, [Goal("   ", "project-management", s.Ada)])),
            ("ValueTooLongError", ada, Proposal(s.Ada, pairingId, [Goal(new string('g', AgreementRules.MaxStatementLength + 1), "project-management", s.Ada)])),
            ("InvalidIdError", ada, Proposal(s.Ada, pairingId, [new { statement = "Plans.", skillId = pairingId, ownerMentorId = ProgrammeScenario.MentorId(s.Ada) }])),
            ("InvalidIdError", ada, Proposal(s.Ada, "not-an-id", Goals(s))),
            // Ada teaches data analytics: it is not something she learns in the pairing, and cybersecurity flows neither way.
            ("GoalSkillNotInPairingError", ada, Proposal(s.Ada, pairingId, [Goal("Learn dashboards.", "data-analytics", s.Ada)])),
            ("GoalSkillNotInPairingError", ada, Proposal(s.Ada, pairingId, [Goal("Learn security.", "cybersecurity", s.Cat)])),
            ("GoalOwnerNotInPairingError", ada, Proposal(s.Ada, pairingId, [Goal("Learn planning.", "project-management", s.Ben)])),
            ("ConfidentialityNotAcknowledgedError", ada, Proposal(s.Ada, pairingId, Goals(s), acknowledge: false)),
            ("AgreementNotAllowedError", ProgrammeScenario.Caller(s.Ben), Proposal(s.Ben, proposedPairing, [Goal("Learn budgets.", "budget-planning", s.Ben)])),
            ("PairingNotFoundError", ada, Proposal(s.Ada, GlobalId.Serialize("Pairing", int.MaxValue), Goals(s))),
            // Proposing for the partner, and proposing in a pairing that is not one's own.
            ("NotAuthorizedError", ada, Proposal(s.Cat, pairingId, Goals(s))),
            ("NotAuthorizedError", ProgrammeScenario.Caller(s.Ben), Proposal(s.Ben, pairingId, Goals(s))),
        };

        foreach (var (expected, caller, input) in cases)
        {
            var payload = await _api.SendAsync(caller, "proposePairingAgreement", input, AgreementSelection);
            Assert.True(ProgrammeApi.ErrorTypes(payload).SequenceEqual([expected]), $"{expected} expected for {JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(input))}: {payload.ToJsonString()}");
            Assert.Null(payload["agreement"]);
        }

        var skillError = await _api.SendAsync(ada, "proposePairingAgreement", Proposal(s.Ada, pairingId, [Goal("Fine.", "project-management", s.Ada), Goal("Learn dashboards.", "data-analytics", s.Ada)]), "errors { ... on GoalSkillNotInPairingError { field skillId } }");
        Assert.Equal("goals[1].skillId", skillError["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(TestData.SkillId("data-analytics"), skillError["errors"]![0]!["skillId"]!.GetValue<string>());
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Refused_confirmations_say_why_and_write_nothing()
    {
        var (s, pairingId) = await ActivePairingAsync();
        var cat = ProgrammeScenario.Caller(s.Cat);

        var none = await _api.SendAsync(cat, "confirmPairingAgreement", Confirmation(s.Cat, pairingId, 1), "errors { ... on AgreementVersionMismatchError { version latestVersion } }");
        Assert.Null(none["errors"]![0]!["latestVersion"]);

        await ProposeAsync(s.Ada, s, pairingId);
        var before = await SnapshotAsync();

        var cases = new (string Expected, Caller Caller, object Input)[]
        {
            ("AgreementVersionMismatchError", cat, Confirmation(s.Cat, pairingId, 2)),
            ("AgreementVersionMismatchError", cat, Confirmation(s.Cat, pairingId, 0)),
            ("ConfidentialityNotAcknowledgedError", cat, Confirmation(s.Cat, pairingId, 1, acknowledge: false)),
            ("InvalidIdError", cat, Confirmation(s.Cat, ProgrammeScenario.MentorId(s.Cat), 1)),
            ("NotAuthorizedError", cat, Confirmation(s.Ada, pairingId, 1)),
            ("NotAuthorizedError", ProgrammeScenario.Caller(s.Ben), Confirmation(s.Ben, pairingId, 1)),
        };

        foreach (var (expected, caller, input) in cases)
        {
            var payload = await _api.SendAsync(caller, "confirmPairingAgreement", input, AgreementSelection);
            Assert.True(ProgrammeApi.ErrorTypes(payload).SequenceEqual([expected]), $"{expected} expected: {payload.ToJsonString()}");
        }

        Assert.Equal(before, await SnapshotAsync());

        // Once the pairing ends, its agreement is history: readable, and no longer confirmed or replaced.
        await _api.OkAsync(TestCallers.Coordinator, "endPairing", new { pairingId, reason = "OTHER" }, "pairing { status }");
        var ended = await _api.SendAsync(cat, "confirmPairingAgreement", Confirmation(s.Cat, pairingId, 1), "errors { __typename ... on AgreementNotAllowedError { status } }");
        Assert.Equal("ENDED", ended["errors"]![0]!["status"]!.GetValue<string>());
        Assert.Equal(1, (await PairingAgreementAsync(cat, pairingId))!["agreement"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_partner_reads_the_goal_statements_others_who_see_the_pairing_do_not_and_outsiders_see_nothing()
    {
        var (s, pairingId) = await ActivePairingAsync();
        await ProposeAsync(s.Ada, s, pairingId);

        foreach (var mentor in new[] { s.Ada, s.Cat })
        {
            var read = await PairingAgreementAsync(ProgrammeScenario.Caller(mentor), pairingId);
            Assert.Equal(["Run a project plan end to end.", "Build a first dashboard."], Statements(read!["agreement"]!));
        }

        // A coordinator sees the agreement but not what the mentors wrote; each employer's admin reads their own mentor's goals only.
        Assert.Equal([null, null], Statements((await PairingAgreementAsync(TestCallers.Coordinator, pairingId))!["agreement"]!));
        Assert.Equal(["Run a project plan end to end.", null], Statements((await PairingAgreementAsync(TestCallers.EmployerAdmin(s.Digital.Id), pairingId))!["agreement"]!));
        Assert.Equal([null, "Build a first dashboard."], Statements((await PairingAgreementAsync(TestCallers.EmployerAdmin(s.Engineering.Id), pairingId))!["agreement"]!));

        // A mentor outside the pairing does not find it; nor do roles that never read pairings.
        Assert.Null(await PairingAgreementAsync(ProgrammeScenario.Caller(s.Ben), pairingId));
        foreach (var caller in new[] { TestCallers.Organiser, TestCallers.Partner, TestCallers.Anonymous })
        {
            var response = await app.CreateGraphQLClient(caller).PostAsync(
                "query($id: ID!) { node(id: $id) { ... on Pairing { agreement { goals { statement } } } } }", new { id = pairingId });
            Assert.DoesNotContain("project plan", response.Body?.ToJsonString() ?? string.Empty, StringComparison.Ordinal);
            Assert.True(response.Data?["node"] is null, response.Body?.ToJsonString());
        }
    }

    [Fact]
    public async Task A_mentor_who_erases_their_data_leaves_the_agreement_to_their_partner_without_their_goals()
    {
        var (s, pairingId) = await ActivePairingAsync();
        await ProposeAsync(s.Ada, s, pairingId);

        var erased = await app.CreateGraphQLClient(ProgrammeScenario.Caller(s.Ada)).QueryAsync("mutation { eraseMyData { mentor { id } errors { __typename } } }");
        Assert.Null(erased["eraseMyData"]!["errors"]);

        var read = await PairingAgreementAsync(ProgrammeScenario.Caller(s.Cat), pairingId);
        Assert.Equal(1, read!["agreement"]!["version"]!.GetValue<int>());
        Assert.Equal([null, "Build a first dashboard."], Statements(read["agreement"]!));
    }

    [Fact]
    public async Task Concurrent_proposals_get_consecutive_versions_and_concurrent_confirmations_agree_once()
    {
        var (s, pairingId) = await ActivePairingAsync();

        var proposals = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => _api.SendAsync(
            ProgrammeScenario.Caller(i % 2 == 0 ? s.Ada : s.Cat), "proposePairingAgreement", Proposal(i % 2 == 0 ? s.Ada : s.Cat, pairingId, Goals(s), everyWeeks: i + 1), "agreement { version }")));

        Assert.All(proposals, p => Assert.Null(p["errors"]));
        Assert.Equal([1, 2, 3, 4], proposals.Select(p => p["agreement"]!["version"]!.GetValue<int>()).Order());

        var latest = (await PairingAgreementAsync(ProgrammeScenario.Caller(s.Ada), pairingId))!["agreement"]!;
        var version = latest["version"]!.GetValue<int>();
        var confirmer = latest["confirmations"]![0]!["confirmed"]!.GetValue<bool>() ? s.Cat : s.Ada;
        var confirmations = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => _api.SendAsync(
            ProgrammeScenario.Caller(confirmer), "confirmPairingAgreement", Confirmation(confirmer, pairingId, version), "agreement { isAgreed agreedAt }")));

        Assert.All(confirmations, c => Assert.True(c["agreement"]!["isAgreed"]!.GetValue<bool>(), c.ToJsonString()));
        Assert.Single(confirmations.Select(c => c["agreement"]!["agreedAt"]!.GetValue<string>()).Distinct());
    }

    /// <summary>A programme with Ada, Ben, Cat and Dev enrolled, and Ada and Cat in an active pairing made within it.</summary>
    private async Task<(ProgrammeScenario Scenario, string PairingId)> ActivePairingAsync()
    {
        var s = await ProgrammeScenario.CreateAsync(app);
        await s.EnrolAsync(_api, s.Ada, s.Ben, s.Cat, s.Dev);
        var pairingId = await s.ActivePairingAsync(_api, s.Ada, s.Cat);
        return (s, pairingId);
    }

    private static object Goal(string statement, string skill, Mentor owner) =>
        new { statement, skillId = TestData.SkillId(skill), ownerMentorId = ProgrammeScenario.MentorId(owner) };

    /// <summary>Ada's goal, then Cat's: each learns what the other teaches.</summary>
    private static object[] Goals(ProgrammeScenario s) =>
        [Goal("Run a project plan end to end.", "project-management", s.Ada), Goal("Build a first dashboard.", "data-analytics", s.Cat)];

    private static object Proposal(Mentor proposer, string pairingId, object[] goals, int everyWeeks = 2, string format = "IN_PERSON", bool acknowledge = true) => new
    {
        pairingId,
        mentorId = ProgrammeScenario.MentorId(proposer),
        everyWeeks,
        format,
        goals,
        acknowledgeConfidentiality = acknowledge,
    };

    private static object Confirmation(Mentor mentor, string pairingId, int version, bool acknowledge = true) =>
        new { pairingId, mentorId = ProgrammeScenario.MentorId(mentor), version, acknowledgeConfidentiality = acknowledge };

    private Task<JsonNode> ProposeAsync(Mentor proposer, ProgrammeScenario s, string pairingId, int everyWeeks = 2, string format = "IN_PERSON") =>
        _api.OkAsync(ProgrammeScenario.Caller(proposer), "proposePairingAgreement", Proposal(proposer, pairingId, Goals(s), everyWeeks, format), AgreementSelection);

    private async Task<JsonNode?> PairingAgreementAsync(Caller caller, string pairingId) =>
        (await app.CreateGraphQLClient(caller).QueryAsync(
            $"query($id: ID!) {{ node(id: $id) {{ ... on Pairing {{ {AgreementSelection} agreementHistory {{ version isAgreed everyWeeks }} }} }} }}",
            new { id = pairingId }))["node"];

    private static List<string?> Statements(JsonNode agreement) =>
        [.. agreement["goals"]!.AsArray().Select(g => g!["statement"]?.GetValue<string>())];

    /// <summary>Every agreement and goal, as text.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var db = app.CreateDbContext();
        var agreements = await db.PairingAgreements.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => $"{a.Id} {a.PairingId} v{a.Version} {a.MentorAConfirmedAt} {a.MentorBConfirmedAt}").ToListAsync();
        return string.Join("; ", agreements) + " | " + (await db.AgreementGoals.CountAsync()).ToString(CultureInfo.InvariantCulture);
    }
}
