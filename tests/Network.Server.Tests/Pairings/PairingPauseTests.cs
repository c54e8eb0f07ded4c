using Microsoft.EntityFrameworkCore;
using Network.Server.Auditing;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Pairings;

/// <summary>An active pairing paused while a concern is looked into: still open, still holding both places, and resumed or ended.</summary>
public sealed class PairingPauseTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string MentorEmail = "query($id: ID!) { node(id: $id) { ... on Mentor { email } } }";

    private readonly PairingKit _kit = new(app);

    [Fact]
    public async Task A_coordinator_pauses_an_active_pairing_and_resumes_it_with_notes_in_its_history()
    {
        var (ayo, bea) = await _kit.PairAsync();
        var id = await _kit.ActiveAsync(ayo, bea);

        var paused = await _kit.PauseAsync(TestCallers.Coordinator, id, "  A concern is being looked into.  ");

        Assert.Null(paused["errors"]);
        var pairing = paused["pairing"]!;
        Assert.Equal(("PAUSED", true), (pairing["status"]!.GetValue<string>(), pairing["isPaused"]!.GetValue<bool>()));
        Assert.NotNull(pairing["pausedAt"]);
        Assert.Equal("PAUSED ACTIVE→PAUSED", PairingKit.History(pairing)[^1]);
        Assert.Equal("A concern is being looked into.", pairing["history"]!.AsArray()[^1]!["note"]!.GetValue<string>());
        Assert.Equal(["COORDINATOR"], pairing["history"]!.AsArray()[^1]!["actorRoles"]!.AsArray().Select(r => r!.GetValue<string>()));

        var resumed = await _kit.ResumeAsync(TestCallers.Admin, id, "Looked into; nothing to act on.");

        Assert.Null(resumed["errors"]);
        pairing = resumed["pairing"]!;
        Assert.Equal(("ACTIVE", false), (pairing["status"]!.GetValue<string>(), pairing["isPaused"]!.GetValue<bool>()));
        Assert.Null(pairing["pausedAt"]);
        Assert.Equal(["ACTIVATED ACCEPTED→ACTIVE", "PAUSED ACTIVE→PAUSED", "RESUMED PAUSED→ACTIVE"], PairingKit.History(pairing)[^3..]);
        Assert.Equal("Looked into; nothing to act on.", pairing["history"]!.AsArray()[^1]!["note"]!.GetValue<string>());
        Assert.Null(pairing["history"]!.AsArray()[^3]!["note"]);

        // Each change by someone other than the two mentors is logged once for each of them.
        await using var db = app.CreateDbContext();
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.SubjectId == ayo.Id || e.SubjectId == bea.Id).Select(e => e.Action).ToListAsync();
        Assert.Equal(2, entries.Count(a => a == "pausePairing"));
        Assert.Equal(2, entries.Count(a => a == "resumePairing"));
    }

    [Fact]
    public async Task A_paused_pairing_keeps_both_places_and_stays_open()
    {
        var (ayo, bea) = await _kit.PairAsync(capacity: 1);
        var id = await _kit.ActiveAsync(ayo, bea, paused: true);
        var newcomer = await _kit.MentorAsync(await _kit.EmployerAsync(), ["budget-planning"], ["artificial-intelligence"]);

        var again = await _kit.ProposeAsync(TestCallers.Admin, ayo, bea, errors: "... on PairingAlreadyOpenError { pairingId }");
        Assert.Equal(id, PairingKit.SingleError(again, "PairingAlreadyOpenError")["pairingId"]!.GetValue<string>());

        var matches = await app.CreateGraphQLClient().QueryAsync(
            "query($id: ID!) { mentorMatches(mentorId: $id, first: 50) { partner { id } } }", new { id = PairingKit.Id(newcomer) });
        Assert.DoesNotContain(PairingKit.Id(ayo), matches["mentorMatches"]!.AsArray().Select(m => m!["partner"]!["id"]!.GetValue<string>()));

        var other = await _kit.ProposedAsync(newcomer, ayo, TestCallers.Mentor(newcomer.Id));
        var accepted = await _kit.AcceptAsync(TestCallers.Mentor(ayo.Id), other, "... on MentorAtCapacityError { mentorId capacity }");
        var full = PairingKit.SingleError(accepted, "MentorAtCapacityError");
        Assert.Equal((PairingKit.Id(ayo), 1), (full["mentorId"]!.GetValue<string>(), full["capacity"]!.GetValue<int>()));
        Assert.Contains("paused", full["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partners_do_not_see_each_others_email_while_their_pairing_is_paused()
    {
        var (ayo, bea) = await _kit.PairAsync();
        var id = await _kit.ActiveAsync(ayo, bea);
        Assert.Equal(bea.Email, await EmailAsync(TestCallers.Mentor(ayo.Id), bea));

        await _kit.PauseAsync(TestCallers.Coordinator, id);

        Assert.Null(await EmailAsync(TestCallers.Mentor(ayo.Id), bea));
        Assert.Null(await EmailAsync(TestCallers.Mentor(bea.Id), ayo));

        await _kit.ResumeAsync(TestCallers.Coordinator, id);

        Assert.Equal(bea.Email, await EmailAsync(TestCallers.Mentor(ayo.Id), bea));
    }

    [Theory]
    [InlineData("coordinator", "SAFEGUARDING")]
    [InlineData("mentor", "MISMATCH")]
    public async Task A_paused_pairing_can_be_ended_at_once(string who, string reason)
    {
        var (ayo, bea) = await _kit.PairAsync();
        var id = await _kit.ActiveAsync(ayo, bea, paused: true);
        var caller = who == "coordinator" ? TestCallers.Coordinator : TestCallers.Mentor(bea.Id);

        var ended = await _kit.EndAsync(caller, id, reason, "The concern was upheld.");

        Assert.Null(ended["errors"]);
        var pairing = ended["pairing"]!;
        Assert.Equal(("ENDED", reason, false), (pairing["status"]!.GetValue<string>(), pairing["endReason"]!.GetValue<string>(), pairing["isPaused"]!.GetValue<bool>()));
        Assert.Null(pairing["pausedAt"]);
        Assert.Equal("ENDED PAUSED→ENDED", PairingKit.History(pairing)[^1]);
    }

    [Fact]
    public async Task A_paused_pairing_is_resumed_before_it_completes()
    {
        var (ayo, bea) = await _kit.PairAsync();
        var id = await _kit.ActiveAsync(ayo, bea, paused: true);

        var refused = await _kit.CompleteAsync(TestCallers.Coordinator, id, "... on InvalidPairingTransitionError { status }");

        Assert.Equal("PAUSED", PairingKit.SingleError(refused, "InvalidPairingTransitionError")["status"]!.GetValue<string>());
        Assert.Equal(PairingStatus.Paused, (await _kit.RowAsync(id)).Status);
        await _kit.ResumeAsync(TestCallers.Coordinator, id);
        Assert.Null((await _kit.CompleteAsync(TestCallers.Coordinator, id))["errors"]);
    }

    [Theory]
    [InlineData("withdrawMentor")]
    [InlineData("eraseMyData")]
    public async Task A_mentor_who_leaves_ends_their_paused_pairing_and_frees_the_partners_place(string mutation)
    {
        var (leaver, partner) = await _kit.PairAsync(capacity: 1);
        var id = await _kit.ActiveAsync(leaver, partner, paused: true);

        var client = app.CreateGraphQLClient(TestCallers.Mentor(leaver.Id));
        _ = mutation == "withdrawMentor"
            ? await client.QueryAsync("mutation($id: ID!) { withdrawMentor(input: { mentorId: $id }) { mentor { id } } }", new { id = PairingKit.Id(leaver) })
            : await client.QueryAsync("mutation { eraseMyData { mentor { id } } }");

        var row = await _kit.RowAsync(id);
        Assert.Equal((PairingStatus.Ended, PairingEndReason.LeftProgramme, null), (row.Status, row.EndReason, row.PausedAt));
        Assert.Equal((PairingEventType.Ended, PairingStatus.Paused), (row.Events[^1].Type, row.Events[^1].FromStatus));
        var next = await _kit.MentorAsync(await _kit.EmployerAsync(), ["artificial-intelligence"], ["budget-planning"]);
        await _kit.AcceptedAsync(next, partner);
    }

    [Fact]
    public async Task A_pause_note_over_500_characters_is_refused_and_nothing_is_written()
    {
        var (ayo, bea) = await _kit.PairAsync();
        var id = await _kit.ActiveAsync(ayo, bea);

        var payload = await _kit.PauseAsync(TestCallers.Coordinator, id, new string('x', 501), "... on ValueTooLongError { field maxLength }");

        var error = PairingKit.SingleError(payload, "ValueTooLongError");
        Assert.Equal(("note", 500), (error["field"]!.GetValue<string>(), error["maxLength"]!.GetValue<int>()));
        var row = await _kit.RowAsync(id);
        Assert.Equal((PairingStatus.Active, null), (row.Status, row.PausedAt));
    }

    [Fact]
    public async Task The_partners_and_their_employers_cannot_pause_or_resume_but_see_the_pause()
    {
        var (ayo, bea) = await _kit.PairAsync();
        var id = await _kit.ActiveAsync(ayo, bea, paused: true);

        foreach (var party in new[] { TestCallers.Mentor(ayo.Id), TestCallers.EmployerAdmin(bea.EmployerId) })
        {
            Assert.Equal("NotAuthorizedError", (await _kit.ResumeAsync(party, id))["errors"]![0]!["__typename"]!.GetValue<string>());
        }

        var seen = await app.CreateGraphQLClient(TestCallers.Mentor(bea.Id)).QueryAsync(
            "query($id: ID!) { node(id: $id) { ... on Pairing { status isPaused pausedAt history { type note } } } }", new { id });
        Assert.Equal("PAUSED", seen["node"]!["status"]!.GetValue<string>());
        Assert.Equal("A concern is being looked into.", seen["node"]!["history"]!.AsArray()[^1]!["note"]!.GetValue<string>());
        var paused = await app.CreateGraphQLClient(TestCallers.Coordinator).QueryAsync(
            """query($id: ID!) { pairings(where: { id: { eq: $id }, status: { eq: PAUSED }, pausedAt: { gt: "2000-01-01T00:00:00.000Z" } }) { totalCount } }""", new { id });
        Assert.Equal(1, paused["pairings"]!["totalCount"]!.GetValue<int>());
    }

    private async Task<string?> EmailAsync(Caller caller, Mentor mentor)
    {
        var data = await app.CreateGraphQLClient(caller).QueryAsync(MentorEmail, new { id = PairingKit.Id(mentor) });
        return data["node"]?["email"]?.GetValue<string>();
    }
}
