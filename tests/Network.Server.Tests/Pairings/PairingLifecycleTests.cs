using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Pairings;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Pairings;

public sealed class PairingLifecycleTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private readonly PairingKit _kit = new(app);

    [Fact]
    public async Task A_pairing_goes_from_proposed_through_accepted_and_active_to_completed_with_its_history()
    {
        var (ayo, bea) = await _kit.PairAsync(secondRequiresApproval: true);
        var ayoCaller = TestCallers.Mentor(ayo.Id);
        var beaCaller = TestCallers.Mentor(bea.Id);
        var beaEmployerAdmin = TestCallers.EmployerAdmin(bea.EmployerId);

        var proposed = await _kit.ProposeAsync(ayoCaller, ayo, bea);
        Assert.Null(proposed["errors"]);
        var pairing = proposed["pairing"]!;
        var id = pairing["id"]!.GetValue<string>();
        Assert.Equal("PROPOSED", pairing["status"]!.GetValue<string>());
        Assert.Equal("HYBRID", pairing["format"]!.GetValue<string>());
        Assert.True(pairing["score"]!.GetValue<double>() > 0);
        Assert.Equal(["MENTOR"], pairing["proposedByRoles"]!.AsArray().Select(r => r!.GetValue<string>()));
        var sides = pairing["participants"]!.AsArray();
        Assert.Equal([PairingKit.Id(ayo), PairingKit.Id(bea)], sides.Select(s => s!["mentor"]!["id"]!.GetValue<string>()));
        Assert.Equal(["artificial-intelligence"], sides[0]!["teaches"]!.AsArray().Select(s => s!["skill"]!["slug"]!.GetValue<string>()));
        Assert.Equal(["budget-planning"], sides[1]!["teaches"]!.AsArray().Select(s => s!["skill"]!["slug"]!.GetValue<string>()));
        Assert.True(sides[0]!["accepted"]!.GetValue<bool>(), "The proposing mentor has accepted for their side.");
        Assert.False(sides[1]!["accepted"]!.GetValue<bool>());
        Assert.True(sides[1]!["employerApprovalRequired"]!.GetValue<bool>());
        Assert.False(sides[0]!["employerApprovalRequired"]!.GetValue<bool>());

        // Bea accepts, but her employer requires its approval: still proposed.
        var beaAccepts = await _kit.AcceptAsync(beaCaller, id);
        Assert.Null(beaAccepts["errors"]);
        Assert.Equal("PROPOSED", beaAccepts["pairing"]!["status"]!.GetValue<string>());
        Assert.False(beaAccepts["pairing"]!["participants"]![1]!["accepted"]!.GetValue<bool>());

        var approved = await _kit.AcceptAsync(beaEmployerAdmin, id);
        Assert.Null(approved["errors"]);
        Assert.Equal("ACCEPTED", approved["pairing"]!["status"]!.GetValue<string>());
        Assert.NotNull(approved["pairing"]!["acceptedAt"]);

        var activated = await _kit.ActivateAsync(ayoCaller, id);
        Assert.Null(activated["errors"]);
        Assert.Equal("ACTIVE", activated["pairing"]!["status"]!.GetValue<string>());

        var completed = await _kit.CompleteAsync(beaCaller, id);
        Assert.Null(completed["errors"]);
        var done = completed["pairing"]!;
        Assert.Equal("COMPLETED", done["status"]!.GetValue<string>());
        Assert.NotNull(done["completedAt"]);
        Assert.Equal(
            [
                "PROPOSED -→PROPOSED", "ACCEPTED_BY_MENTOR PROPOSED→PROPOSED", "ACCEPTED_BY_MENTOR PROPOSED→PROPOSED",
                "APPROVED_BY_EMPLOYER PROPOSED→PROPOSED", "ACCEPTED PROPOSED→ACCEPTED", "ACTIVATED ACCEPTED→ACTIVE", "COMPLETED ACTIVE→COMPLETED",
            ],
            PairingKit.History(done));
        var history = done["history"]!.AsArray();
        Assert.Equal(PairingKit.Id(ayo), history[1]!["mentor"]!["id"]!.GetValue<string>());
        Assert.Equal(PairingKit.Id(bea), history[2]!["mentor"]!["id"]!.GetValue<string>());
        Assert.Equal(PairingKit.Id(bea), history[3]!["mentor"]!["id"]!.GetValue<string>());
        Assert.Equal(["EMPLOYER_ADMIN"], history[3]!["actorRoles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Null(history[4]!["mentor"]);

        var row = await _kit.RowAsync(id);
        Assert.Equal(PairingStatus.Completed, row.Status);
        Assert.Equal((ayo.Id, ayo.EmployerId, bea.Id, bea.EmployerId), (row.MentorAId, row.EmployerAId, row.MentorBId, row.EmployerBId));
        Assert.NotNull(row.MentorAAcceptedAt);
        Assert.NotNull(row.MentorBAcceptedAt);
        Assert.NotNull(row.EmployerBApprovedAt);
        Assert.Null(row.EmployerAApprovedAt);
        Assert.NotNull(row.ActivatedAt);
        Assert.Equal(7, row.Events.Count);
        Assert.Equal($"test-mentor-{ayo.Id}", row.ProposedBySubject);
        Assert.Equal([$"test-mentor-{ayo.Id}", $"test-mentor-{bea.Id}", $"test-employer-admin-{bea.EmployerId}", $"test-employer-admin-{bea.EmployerId}"],
            row.Events.Skip(1).Take(4).Select(e => e.ActorSubject));
        Assert.Equal(2, row.Skills.Count);
    }

    [Fact]
    public async Task The_mentors_are_stored_in_canonical_order_whoever_is_named_first()
    {
        var (first, second) = await _kit.PairAsync();

        var id = await _kit.ProposedAsync(second, first);

        var row = await _kit.RowAsync(id);
        Assert.Equal((first.Id, second.Id), (row.MentorAId, row.MentorBId));
        Assert.Equal([(PairingSide.A, TestData.Skill("artificial-intelligence")), (PairingSide.B, TestData.Skill("budget-planning"))],
            row.Skills.OrderBy(s => s.Teacher).Select(s => (s.Teacher, s.SkillId)));
    }

    [Fact]
    public async Task An_employer_admin_who_proposes_has_approved_for_their_side_and_the_mentors_still_accept()
    {
        var (ayo, bea) = await _kit.PairAsync(firstRequiresApproval: true);

        var proposed = await _kit.ProposeAsync(TestCallers.EmployerAdmin(ayo.EmployerId), ayo, bea);
        var id = proposed["pairing"]!["id"]!.GetValue<string>();
        Assert.NotNull(proposed["pairing"]!["participants"]![0]!["employerApprovedAt"]);
        Assert.Null(proposed["pairing"]!["participants"]![0]!["mentorAcceptedAt"]);

        Assert.Equal("PROPOSED", (await _kit.AcceptAsync(TestCallers.Mentor(bea.Id), id))["pairing"]!["status"]!.GetValue<string>());
        Assert.Equal("ACCEPTED", (await _kit.AcceptAsync(TestCallers.Mentor(ayo.Id), id))["pairing"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_administrator_accepting_gives_every_outstanding_acceptance()
    {
        var (ayo, bea) = await _kit.PairAsync(firstRequiresApproval: true, secondRequiresApproval: true);
        var id = await _kit.ProposedAsync(ayo, bea, TestCallers.Coordinator);

        var accepted = await _kit.AcceptAsync(TestCallers.Admin, id);

        Assert.Null(accepted["errors"]);
        Assert.Equal("ACCEPTED", accepted["pairing"]!["status"]!.GetValue<string>());
        Assert.Equal(
            ["PROPOSED", "ACCEPTED_BY_MENTOR", "APPROVED_BY_EMPLOYER", "ACCEPTED_BY_MENTOR", "APPROVED_BY_EMPLOYER", "ACCEPTED"],
            accepted["pairing"]!["history"]!.AsArray().Select(e => e!["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Accepting_twice_changes_nothing()
    {
        var (ayo, bea) = await _kit.PairAsync();
        var id = await _kit.ProposedAsync(ayo, bea, TestCallers.Mentor(ayo.Id));

        var again = await _kit.AcceptAsync(TestCallers.Mentor(ayo.Id), id);

        Assert.Null(again["errors"]);
        Assert.Equal("PROPOSED", again["pairing"]!["status"]!.GetValue<string>());
        Assert.Equal(2, (await _kit.RowAsync(id)).Events.Count);
    }

    [Fact]
    public async Task A_proposed_pairing_can_be_declined_by_the_other_side_with_a_reason()
    {
        var (ayo, bea) = await _kit.PairAsync();
        var id = await _kit.ProposedAsync(ayo, bea, TestCallers.Mentor(ayo.Id));

        var declined = await _kit.DeclineAsync(TestCallers.EmployerAdmin(bea.EmployerId), id, "  Bea is on a project until spring.  ");

        Assert.Null(declined["errors"]);
        var pairing = declined["pairing"]!;
        Assert.Equal("DECLINED", pairing["status"]!.GetValue<string>());
        Assert.Equal("Bea is on a project until spring.", pairing["declineReason"]!.GetValue<string>());
        Assert.Equal(["EMPLOYER_ADMIN"], pairing["declinedByRoles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("DECLINED PROPOSED→DECLINED", PairingKit.History(pairing)[^1]);
        var row = await _kit.RowAsync(id);
        Assert.Equal(($"test-employer-admin-{bea.EmployerId}", "EMPLOYER_ADMIN"), (row.DeclinedBySubject, row.DeclinedByRoles));
        Assert.NotNull(row.DeclinedAt);

        // Once declined, the two may be proposed again.
        Assert.Null((await _kit.ProposeAsync(TestCallers.Mentor(bea.Id), bea, ayo))["errors"]);
    }

    [Theory]
    [InlineData("ACCEPTED", "GOALS_MET")]
    [InlineData("ACTIVE", "SCHEDULING")]
    [InlineData("ACTIVE", "MISMATCH")]
    [InlineData("ACCEPTED", "LEFT_PROGRAMME")]
    [InlineData("ACTIVE", "OTHER")]
    public async Task An_accepted_or_active_pairing_can_be_ended_with_a_reason_and_a_note(string from, string reason)
    {
        var (ayo, bea) = await _kit.PairAsync();
        var id = await _kit.AcceptedAsync(ayo, bea);
        if (from == "ACTIVE")
        {
            await _kit.ActivateAsync(TestCallers.Mentor(ayo.Id), id);
        }

        var ended = await _kit.EndAsync(TestCallers.Mentor(bea.Id), id, reason, "We will pick it up next year.");

        Assert.Null(ended["errors"]);
        var pairing = ended["pairing"]!;
        Assert.Equal(("ENDED", reason, "We will pick it up next year."),
            (pairing["status"]!.GetValue<string>(), pairing["endReason"]!.GetValue<string>(), pairing["endNote"]!.GetValue<string>()));
        Assert.Equal($"ENDED {from}→ENDED", PairingKit.History(pairing)[^1]);
        Assert.NotNull((await _kit.RowAsync(id)).EndedAt);
    }

    public static TheoryData<string, string> InvalidTransitions => new()
    {
        // Every change from every status it does not start from.
        { "acceptPairing", "ACCEPTED" }, { "acceptPairing", "ACTIVE" }, { "acceptPairing", "COMPLETED" }, { "acceptPairing", "DECLINED" }, { "acceptPairing", "ENDED" },
        { "declinePairing", "ACCEPTED" }, { "declinePairing", "ACTIVE" }, { "declinePairing", "COMPLETED" }, { "declinePairing", "DECLINED" }, { "declinePairing", "ENDED" },
        { "activatePairing", "PROPOSED" }, { "activatePairing", "ACTIVE" }, { "activatePairing", "COMPLETED" }, { "activatePairing", "DECLINED" }, { "activatePairing", "ENDED" },
        { "completePairing", "PROPOSED" }, { "completePairing", "ACCEPTED" }, { "completePairing", "COMPLETED" }, { "completePairing", "DECLINED" }, { "completePairing", "ENDED" },
        { "endPairing", "PROPOSED" }, { "endPairing", "COMPLETED" }, { "endPairing", "DECLINED" }, { "endPairing", "ENDED" },
        { "acceptPairing", "PAUSED" }, { "declinePairing", "PAUSED" }, { "activatePairing", "PAUSED" }, { "completePairing", "PAUSED" },
        { "pausePairing", "PROPOSED" }, { "pausePairing", "ACCEPTED" }, { "pausePairing", "PAUSED" }, { "pausePairing", "COMPLETED" },
        { "pausePairing", "DECLINED" }, { "pausePairing", "ENDED" },
        { "resumePairing", "PROPOSED" }, { "resumePairing", "ACCEPTED" }, { "resumePairing", "ACTIVE" }, { "resumePairing", "COMPLETED" },
        { "resumePairing", "DECLINED" }, { "resumePairing", "ENDED" },
    };

    [Theory]
    [MemberData(nameof(InvalidTransitions))]
    public async Task A_change_the_status_does_not_allow_is_refused_and_nothing_is_written(string mutation, string status)
    {
        var (ayo, bea) = await _kit.PairAsync();
        var id = await PairingInAsync(ayo, bea, status);
        var before = await _kit.RowAsync(id);
        var admin = TestCallers.Admin;
        JsonObject input = mutation == "endPairing" ? new() { ["pairingId"] = id, ["reason"] = "OTHER" } : new() { ["pairingId"] = id };

        var payload = await _kit.MutateAsync(mutation, admin, input, "... on InvalidPairingTransitionError { pairingId status }");

        var error = PairingKit.SingleError(payload, "InvalidPairingTransitionError");
        Assert.Equal(id, error["pairingId"]!.GetValue<string>());
        Assert.Equal(status, error["status"]!.GetValue<string>());
        var after = await _kit.RowAsync(id);
        Assert.Equal(before.Status, after.Status);
        Assert.Equal(before.UpdatedAt, after.UpdatedAt);
        Assert.Equal(before.Events.Count, after.Events.Count);
    }

    [Fact]
    public async Task A_pairing_that_does_not_exist_is_reported()
    {
        var missing = TestData.Id("Pairing", 999_999);

        var payload = await _kit.AcceptAsync(TestCallers.Admin, missing, "... on PairingNotFoundError { pairingId }");

        Assert.Equal(missing, PairingKit.SingleError(payload, "PairingNotFoundError")["pairingId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_pairing_ID_of_another_type_is_reported()
    {
        var (ayo, _) = await _kit.PairAsync();

        var payload = await _kit.ActivateAsync(TestCallers.Admin, PairingKit.Id(ayo), "... on InvalidIdError { field expectedType }");

        var error = PairingKit.SingleError(payload, "InvalidIdError");
        Assert.Equal(("pairingId", "Pairing"), (error["field"]!.GetValue<string>(), error["expectedType"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_decline_reason_or_end_note_over_500_characters_is_refused()
    {
        var (ayo, bea) = await _kit.PairAsync();
        var id = await _kit.ProposedAsync(ayo, bea);

        var declined = await _kit.DeclineAsync(TestCallers.Admin, id, new string('x', 501), "... on ValueTooLongError { field maxLength }");
        var error = PairingKit.SingleError(declined, "ValueTooLongError");
        Assert.Equal(("reason", 500), (error["field"]!.GetValue<string>(), error["maxLength"]!.GetValue<int>()));

        await _kit.AcceptAsync(TestCallers.Admin, id);
        var ended = await _kit.EndAsync(TestCallers.Admin, id, "OTHER", new string('x', 501), "... on ValueTooLongError { field }");
        Assert.Equal("note", PairingKit.SingleError(ended, "ValueTooLongError")["field"]!.GetValue<string>());
        Assert.Equal(PairingStatus.Accepted, (await _kit.RowAsync(id)).Status);
    }

    [Fact]
    public async Task Employers_register_and_update_whether_pairings_need_their_approval()
    {
        var client = app.CreateGraphQLClient(TestCallers.Coordinator);
        var registered = await client.QueryAsync(
            """
            mutation { registerEmployer(input: { name: "Approval Ltd", sector: CONSTRUCTION, size: SMALL, postcode: "B1 1AA", requiresPairingApproval: true }) {
              employer { id requiresPairingApproval } errors { __typename } } }
            """);
        var employer = registered["registerEmployer"]!["employer"]!;
        Assert.True(employer["requiresPairingApproval"]!.GetValue<bool>());

        var defaulted = await client.QueryAsync(
            """mutation { registerEmployer(input: { name: "Default Ltd", sector: CONSTRUCTION, size: SMALL, postcode: "B1 1AA" }) { employer { requiresPairingApproval } } }""");
        Assert.False(defaulted["registerEmployer"]!["employer"]!["requiresPairingApproval"]!.GetValue<bool>());

        var updated = await app.CreateGraphQLClient().QueryAsync(
            """mutation($id: ID!) { updateEmployer(input: { employerId: $id, requiresPairingApproval: false }) { employer { requiresPairingApproval } } }""",
            new { id = employer["id"]!.GetValue<string>() });
        Assert.False(updated["updateEmployer"]!["employer"]!["requiresPairingApproval"]!.GetValue<bool>());
    }

    /// <summary>A pairing of the two mentors brought to <paramref name="status"/> through the API.</summary>
    private async Task<string> PairingInAsync(Network.Server.Mentors.Mentor ayo, Network.Server.Mentors.Mentor bea, string status)
    {
        var admin = TestCallers.Admin;
        var id = await _kit.ProposedAsync(ayo, bea);
        switch (status)
        {
            case "PROPOSED":
                break;
            case "DECLINED":
                await _kit.DeclineAsync(admin, id);
                break;
            default:
                await _kit.AcceptAsync(admin, id);
                if (status is "ACTIVE" or "COMPLETED" or "PAUSED")
                {
                    await _kit.ActivateAsync(admin, id);
                }

                if (status == "PAUSED")
                {
                    await _kit.PauseAsync(admin, id);
                }

                if (status == "COMPLETED")
                {
                    await _kit.CompleteAsync(admin, id);
                }

                if (status == "ENDED")
                {
                    await _kit.EndAsync(admin, id);
                }

                break;
        }

        await using var db = app.CreateDbContext();
        Assert.Equal(status, (await db.Pairings.AsNoTracking().SingleAsync(p => p.Id == PairingKit.Key(id))).Status.ToString().ToUpperInvariant());
        return id;
    }
}
