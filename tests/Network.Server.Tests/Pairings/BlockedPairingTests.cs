using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Auditing;
using Network.Server.Identity;
using Network.Server.Pairings;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Pairings;

/// <summary>
/// A block closes the pair's open pairing and keeps them from being paired again, and the blocked mentor
/// learns nothing of it: what they see is what they would see had the other declined or ended the pairing.
/// </summary>
public sealed class BlockedPairingTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string NotEligible = "... on PairingNotEligibleError { reason }";

    private readonly PairingKit _kit = new(app);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Blocking_declines_a_proposed_pairing_without_a_reason(bool blockerProposed)
    {
        var (ayo, bea) = await _kit.PairAsync();
        var id = await _kit.ProposedAsync(ayo, bea, TestCallers.Mentor(blockerProposed ? ayo.Id : bea.Id));

        await _kit.BlockedAsync(ayo, bea);

        var row = await _kit.RowAsync(id);
        Assert.Equal((PairingStatus.Declined, null, "MENTOR", $"test-mentor-{ayo.Id}"), (row.Status, row.DeclineReason, row.DeclinedByRoles, row.DeclinedBySubject));
        Assert.Equal((PairingEventType.Declined, PairingStatus.Proposed), (row.Events[^1].Type, row.Events[^1].FromStatus));
    }

    [Theory]
    [InlineData("ACCEPTED")]
    [InlineData("ACTIVE")]
    [InlineData("PAUSED")]
    public async Task Blocking_ends_an_accepted_active_or_paused_pairing_and_frees_both_places(string status)
    {
        var (ayo, bea) = await _kit.PairAsync(capacity: 1);
        var id = status == "ACCEPTED" ? await _kit.AcceptedAsync(ayo, bea) : await _kit.ActiveAsync(ayo, bea, paused: status == "PAUSED");

        await _kit.BlockedAsync(bea, ayo);

        var row = await _kit.RowAsync(id);
        Assert.Equal((PairingStatus.Ended, PairingEndReason.Mismatch, null, null), (row.Status, row.EndReason, row.EndNote, row.PausedAt));
        Assert.Equal((PairingEventType.Ended, status), (row.Events[^1].Type, row.Events[^1].FromStatus.ToString()!.ToUpperInvariant()));
        var (cal, dee) = await _kit.PairAsync();
        await _kit.AcceptedAsync(ayo, dee);
        await _kit.AcceptedAsync(cal, bea);
    }

    [Fact]
    public async Task The_blocked_mentor_sees_a_pairing_ended_as_if_their_partner_had_ended_it()
    {
        var (ayo, bea) = await _kit.PairAsync();
        var (cal, dee) = await _kit.PairAsync();
        var blocked = await _kit.ActiveAsync(ayo, bea);
        var ended = await _kit.ActiveAsync(cal, dee);

        await _kit.BlockedAsync(bea, ayo);
        Assert.Null((await _kit.EndAsync(TestCallers.Mentor(dee.Id), ended, "MISMATCH"))["errors"]);

        // Ayo's view of his pairing and Cal's of hers differ in nothing but the IDs and times.
        Assert.Equal(await ViewAsync(TestCallers.Mentor(cal.Id), ended), await ViewAsync(TestCallers.Mentor(ayo.Id), blocked));
    }

    [Fact]
    public async Task An_administrator_blocking_for_a_mentor_is_logged_for_the_other_as_the_end_of_their_pairing()
    {
        var (ayo, bea) = await _kit.PairAsync();
        await _kit.ActiveAsync(ayo, bea);

        Assert.Null((await _kit.BlockAsync(TestCallers.Admin, bea, ayo))["errors"]);

        Assert.Equal(["activatePairing", "endPairing"], await AuditActionsAsync(ayo.Id));
        Assert.Equal(["activatePairing", "blockMentor", "endPairing"], (await AuditActionsAsync(bea.Id)).Order(StringComparer.Ordinal));
        var export = await app.CreateGraphQLClient(TestCallers.Mentor(ayo.Id)).QueryAsync(
            "mutation { exportMyData { export { blocks { blockedAt } auditLog { action } pairings { status endReason history { type } } } } }");
        var text = export.ToJsonString();
        Assert.DoesNotContain("block", text.Replace("\"blocks\":[]", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_blocked_pair_cannot_be_proposed_and_only_those_who_may_see_the_block_are_told_of_it()
    {
        var (ayo, bea) = await _kit.PairAsync();
        await _kit.BlockedAsync(ayo, bea);
        var neutral = $"The two mentors cannot be paired: {PairingProposals.NotAvailableReason}";

        foreach (var unaware in new[] { TestCallers.Mentor(bea.Id), TestCallers.Coordinator, TestCallers.EmployerAdmin(ayo.EmployerId), TestCallers.EmployerAdmin(bea.EmployerId) })
        {
            foreach (var (mentor, partner) in new[] { (ayo, bea), (bea, ayo) })
            {
                var refused = PairingKit.SingleError(await _kit.ProposeAsync(unaware, mentor, partner, errors: NotEligible), "PairingNotEligibleError");
                Assert.Equal((neutral, PairingProposals.NotAvailableReason), (refused["message"]!.GetValue<string>(), refused["reason"]!.GetValue<string>()));
                Assert.DoesNotContain("block", refused.ToJsonString(), StringComparison.OrdinalIgnoreCase);
            }
        }

        var blocker = PairingKit.SingleError(await _kit.ProposeAsync(TestCallers.Mentor(ayo.Id), ayo, bea, errors: NotEligible), "PairingNotEligibleError");
        Assert.Contains("You have blocked this mentor", blocker["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        var admin = PairingKit.SingleError(await _kit.ProposeAsync(TestCallers.Admin, bea, ayo, errors: NotEligible), "PairingNotEligibleError");
        Assert.Contains("blocked", admin["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        Assert.False(await db.Pairings.AnyAsync(p => p.MentorAId == ayo.Id && p.MentorBId == bea.Id));
    }

    [Fact]
    public async Task Once_the_block_is_lifted_the_two_can_be_paired_again()
    {
        var (ayo, bea) = await _kit.PairAsync();
        var first = await _kit.AcceptedAsync(ayo, bea);
        await _kit.BlockedAsync(ayo, bea);

        Assert.Null((await _kit.UnblockAsync(TestCallers.Mentor(ayo.Id), ayo, bea))["errors"]);

        Assert.Equal(PairingStatus.Ended, (await _kit.RowAsync(first)).Status);
        Assert.NotEqual(first, await _kit.AcceptedAsync(bea, ayo));
    }

    [Fact]
    public async Task A_block_racing_a_proposal_never_leaves_the_pair_with_an_open_pairing()
    {
        for (var round = 0; round < 8; round++)
        {
            var (ayo, bea) = await _kit.PairAsync();

            var propose = _kit.ProposeAsync(TestCallers.Mentor(bea.Id), bea, ayo, errors: NotEligible);
            var block = _kit.BlockAsync(TestCallers.Mentor(ayo.Id), ayo, bea);
            await Task.WhenAll(propose, block);

            Assert.Null((await block)["errors"]);
            await using var db = app.CreateDbContext();
            var statuses = await db.Pairings.AsNoTracking().Where(p => p.MentorAId == ayo.Id && p.MentorBId == bea.Id).Select(p => p.Status).ToListAsync();
            Assert.DoesNotContain(statuses, Pairing.OpenStatuses.Contains);
            if ((await propose)["pairing"] is null)
            {
                Assert.Equal(PairingProposals.NotAvailableReason, (await propose)["errors"]![0]!["reason"]!.GetValue<string>());
                Assert.Empty(statuses);
            }
            else
            {
                Assert.Equal([PairingStatus.Declined], statuses);
            }
        }
    }

    /// <summary>The pairing as a mentor reads it, with the IDs, times and names of the people taken out.</summary>
    private async Task<string> ViewAsync(Caller caller, string pairingId)
    {
        var data = await app.CreateGraphQLClient(caller).QueryAsync(
            """
            query($id: ID!) {
              node(id: $id) {
                ... on Pairing {
                  status endReason endNote declineReason declinedByRoles isPaused pausedAt
                  participants { accepted employerApprovalRequired mentor { displayName email } }
                  history { type fromStatus toStatus actorRoles note mentor { id } }
                }
              }
            }
            """,
            new { id = pairingId });
        var node = data["node"]!.AsObject();
        foreach (var participant in node["participants"]!.AsArray())
        {
            participant!["mentor"] = null;
        }

        foreach (var change in node["history"]!.AsArray())
        {
            change!["mentor"] = change["mentor"] is null ? null : JsonValue.Create("a mentor");
        }

        return node.ToJsonString();
    }

    private async Task<List<string>> AuditActionsAsync(int mentorId)
    {
        await using var db = app.CreateDbContext();
        return await db.AuditEntries.AsNoTracking().Where(e => e.SubjectType == "Mentor" && e.SubjectId == mentorId).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
    }
}
