using Microsoft.EntityFrameworkCore;
using Network.Server.Auditing;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Pairings;

/// <summary>A mentor who withdraws or erases their data leaves the programme, and their open pairings close with them.</summary>
public sealed class MentorDepartureTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Withdraw = "mutation($id: ID!) { withdrawMentor(input: { mentorId: $id }) { mentor { status } errors { __typename } } }";

    // Depending on which transaction takes the locks first: the pairing is already declined, or the mentor withdrawn.
    private static readonly string[] RefusalsOfALateAcceptance = ["InvalidPairingTransitionError", "MentorWithdrawnError"];

    private readonly PairingKit _kit = new(app);

    [Theory]
    [InlineData("withdrawMentor")]
    [InlineData("eraseMyData")]
    public async Task Leaving_declines_proposed_pairings_and_ends_accepted_and_active_ones(string mutation)
    {
        var leaver = await _kit.MentorAsync(await _kit.EmployerAsync(), capacity: 5);
        var partners = new List<Mentor>();
        for (var i = 0; i < 5; i++)
        {
            partners.Add(await _kit.MentorAsync(await _kit.EmployerAsync()));
        }

        var proposed = await _kit.ProposedAsync(partners[0], leaver, TestCallers.Mentor(partners[0].Id));
        var accepted = await _kit.AcceptedAsync(partners[1], leaver);
        var active = await _kit.AcceptedAsync(partners[2], leaver);
        Assert.Null((await _kit.ActivateAsync(TestCallers.Coordinator, active))["errors"]);
        var completed = await _kit.AcceptedAsync(partners[3], leaver);
        Assert.Null((await _kit.ActivateAsync(TestCallers.Coordinator, completed))["errors"]);
        Assert.Null((await _kit.CompleteAsync(TestCallers.Coordinator, completed))["errors"]);
        var others = await _kit.ProposedAsync(partners[4], partners[0]);
        var before = (await _kit.RowAsync(completed)).UpdatedAt;

        await LeaveAsync(mutation, leaver);

        var declined = await _kit.RowAsync(proposed);
        Assert.Equal((PairingStatus.Declined, Pairing.LeftProgrammeReason, "MENTOR"), (declined.Status, declined.DeclineReason, declined.DeclinedByRoles));
        Assert.Equal((PairingEventType.Declined, PairingStatus.Proposed), (declined.Events[^1].Type, declined.Events[^1].FromStatus));
        foreach (var (id, from) in new[] { (accepted, PairingStatus.Accepted), (active, PairingStatus.Active) })
        {
            var ended = await _kit.RowAsync(id);
            Assert.Equal((PairingStatus.Ended, PairingEndReason.LeftProgramme), (ended.Status, ended.EndReason));
            Assert.NotNull(ended.EndedAt);
            Assert.Equal((PairingEventType.Ended, from, PairingStatus.Ended), (ended.Events[^1].Type, ended.Events[^1].FromStatus, ended.Events[^1].ToStatus));
        }

        Assert.Equal((PairingStatus.Completed, before), ((await _kit.RowAsync(completed)).Status, (await _kit.RowAsync(completed)).UpdatedAt));
        Assert.Equal(PairingStatus.Proposed, (await _kit.RowAsync(others)).Status);
    }

    [Fact]
    public async Task The_partners_place_is_freed_when_the_mentor_leaves()
    {
        var partner = await _kit.MentorAsync(await _kit.EmployerAsync(), capacity: 1);
        var leaver = await _kit.MentorAsync(await _kit.EmployerAsync());
        var next = await _kit.MentorAsync(await _kit.EmployerAsync());
        await _kit.AcceptedAsync(leaver, partner);
        var waiting = await _kit.ProposedAsync(next, partner, TestCallers.Mentor(next.Id));

        await LeaveAsync("withdrawMentor", leaver);

        var payload = await _kit.AcceptAsync(TestCallers.Mentor(partner.Id), waiting);
        Assert.Equal("ACCEPTED", payload["pairing"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_employer_admin_withdrawing_a_mentor_is_audited_once_for_each_person_acted_on()
    {
        var leaver = await _kit.MentorAsync(await _kit.EmployerAsync());
        var (first, second) = (await _kit.MentorAsync(await _kit.EmployerAsync()), await _kit.MentorAsync(await _kit.EmployerAsync()));
        await _kit.ProposedAsync(leaver, first);
        await _kit.AcceptedAsync(second, leaver);

        var data = await app.CreateGraphQLClient(TestCallers.EmployerAdmin(leaver.EmployerId)).QueryAsync(Withdraw, new { id = PairingKit.Id(leaver) });

        Assert.Equal("WITHDRAWN", data["withdrawMentor"]!["mentor"]!["status"]!.GetValue<string>());
        await using var db = app.CreateDbContext();
        int[] people = [leaver.Id, first.Id, second.Id];
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Action == "withdrawMentor" && people.Contains(e.SubjectId)).Select(e => e.SubjectId).ToListAsync();
        Assert.Equal(people.Order(), entries.Order());
    }

    [Fact]
    public async Task A_withdrawal_racing_an_acceptance_never_leaves_an_open_pairing_with_a_withdrawn_mentor()
    {
        for (var round = 0; round < 8; round++)
        {
            var (leaver, partner) = await _kit.PairAsync();
            var id = await _kit.ProposedAsync(leaver, partner, TestCallers.Mentor(leaver.Id));

            var withdraw = app.CreateGraphQLClient(TestCallers.Mentor(leaver.Id)).QueryAsync(Withdraw, new { id = PairingKit.Id(leaver) });
            var accept = _kit.AcceptAsync(TestCallers.Mentor(partner.Id), id, "... on InvalidPairingTransitionError { status } ... on MentorWithdrawnError { mentorId }");
            await Task.WhenAll(withdraw, accept);

            Assert.Equal("WITHDRAWN", (await withdraw)["withdrawMentor"]!["mentor"]!["status"]!.GetValue<string>());
            var row = await _kit.RowAsync(id);
            Assert.Contains(row.Status, new[] { PairingStatus.Declined, PairingStatus.Ended });
            var acceptance = await accept;
            if (acceptance["pairing"] is null)
            {
                Assert.Equal(PairingStatus.Declined, row.Status);
                Assert.Contains(acceptance["errors"]![0]!["__typename"]!.GetValue<string>(), RefusalsOfALateAcceptance);
            }
            else
            {
                Assert.Equal(PairingStatus.Ended, row.Status);
            }
        }
    }

    private async Task LeaveAsync(string mutation, Mentor leaver)
    {
        var client = app.CreateGraphQLClient(TestCallers.Mentor(leaver.Id));
        var data = mutation == "withdrawMentor"
            ? await client.QueryAsync(Withdraw, new { id = PairingKit.Id(leaver) })
            : await client.QueryAsync("mutation { eraseMyData { mentor { status } errors { __typename } } }");
        Assert.Equal("WITHDRAWN", data[mutation]!["mentor"]!["status"]!.GetValue<string>());
    }
}
