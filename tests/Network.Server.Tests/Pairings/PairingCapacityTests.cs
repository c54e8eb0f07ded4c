using Microsoft.EntityFrameworkCore;
using Network.Server.Pairings;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Pairings;

public sealed class PairingCapacityTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string CapacityError = "... on MentorAtCapacityError { mentorId capacity } ... on MentorWithdrawnError { mentorId }";

    private readonly PairingKit _kit = new(app);

    [Fact]
    public async Task The_acceptance_that_would_exceed_a_mentors_capacity_is_refused()
    {
        var busy = await _kit.MentorAsync(await _kit.EmployerAsync(), capacity: 1);
        var first = await _kit.MentorAsync(await _kit.EmployerAsync());
        var second = await _kit.MentorAsync(await _kit.EmployerAsync());
        await _kit.AcceptedAsync(first, busy);
        var id = await _kit.ProposedAsync(second, busy, TestCallers.Mentor(second.Id));

        var payload = await _kit.AcceptAsync(TestCallers.Mentor(busy.Id), id, CapacityError);

        var error = PairingKit.SingleError(payload, "MentorAtCapacityError");
        Assert.Equal((PairingKit.Id(busy), 1), (error["mentorId"]!.GetValue<string>(), error["capacity"]!.GetValue<int>()));
        var row = await _kit.RowAsync(id);
        Assert.Equal(PairingStatus.Proposed, row.Status);
        Assert.Null(busy.Id == row.MentorAId ? row.MentorAAcceptedAt : row.MentorBAcceptedAt);
        Assert.Equal(2, row.Events.Count);
    }

    [Fact]
    public async Task A_pairing_that_ends_frees_its_place()
    {
        var busy = await _kit.MentorAsync(await _kit.EmployerAsync(), capacity: 1);
        var first = await _kit.MentorAsync(await _kit.EmployerAsync());
        var second = await _kit.MentorAsync(await _kit.EmployerAsync());
        var held = await _kit.AcceptedAsync(first, busy);
        var id = await _kit.ProposedAsync(second, busy, TestCallers.Mentor(second.Id));
        PairingKit.SingleError(await _kit.AcceptAsync(TestCallers.Mentor(busy.Id), id, CapacityError), "MentorAtCapacityError");

        await _kit.EndAsync(TestCallers.Mentor(busy.Id), held, "GOALS_MET");

        Assert.Equal("ACCEPTED", (await _kit.AcceptAsync(TestCallers.Mentor(busy.Id), id))["pairing"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Concurrent_final_acceptances_never_exceed_a_mentors_capacity()
    {
        const int Rounds = 5;
        const int Proposals = 10;
        for (var round = 0; round < Rounds; round++)
        {
            var popular = await _kit.MentorAsync(await _kit.EmployerAsync(), capacity: 2);
            var partnersEmployer = await _kit.EmployerAsync();
            var ids = new List<string>();
            for (var i = 0; i < Proposals; i++)
            {
                // Each partner proposes, which is their acceptance: the popular mentor's is the last one needed.
                var partner = await _kit.MentorAsync(partnersEmployer);
                ids.Add(await _kit.ProposedAsync(partner, popular, TestCallers.Mentor(partner.Id)));
            }

            var caller = TestCallers.Mentor(popular.Id);
            var payloads = await Task.WhenAll(ids.Select(id => _kit.AcceptAsync(caller, id, CapacityError)));

            Assert.Equal(2, payloads.Count(p => p["pairing"]?["status"]?.GetValue<string>() == "ACCEPTED"));
            foreach (var refused in payloads.Where(p => p["pairing"] is null))
            {
                var error = PairingKit.SingleError(refused, "MentorAtCapacityError");
                Assert.Equal(PairingKit.Id(popular), error["mentorId"]!.GetValue<string>());
            }

            Assert.Equal(Proposals - 2, payloads.Count(p => p["pairing"] is null));
            await using var db = app.CreateDbContext();
            var statuses = await db.Pairings.AsNoTracking()
                .Where(p => p.MentorAId == popular.Id || p.MentorBId == popular.Id)
                .Select(p => p.Status)
                .ToListAsync();
            Assert.Equal(2, statuses.Count(s => s == PairingStatus.Accepted));
            Assert.Equal(Proposals - 2, statuses.Count(s => s == PairingStatus.Proposed));
        }
    }

    [Fact]
    public async Task Concurrent_acceptances_of_both_sides_of_one_pairing_accept_it_once()
    {
        for (var round = 0; round < 5; round++)
        {
            var (ayo, bea) = await _kit.PairAsync();
            var id = await _kit.ProposedAsync(ayo, bea, TestCallers.Coordinator);

            var payloads = await Task.WhenAll(_kit.AcceptAsync(TestCallers.Mentor(ayo.Id), id), _kit.AcceptAsync(TestCallers.Mentor(bea.Id), id));

            Assert.All(payloads, p => Assert.Null(p["errors"]));
            var row = await _kit.RowAsync(id);
            Assert.Equal(PairingStatus.Accepted, row.Status);
            Assert.Single(row.Events, e => e.Type == PairingEventType.Accepted);
        }
    }
}
