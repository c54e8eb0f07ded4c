using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Auditing;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Pairings;

/// <summary>Every pairing mutation against every caller who is not party to the pairing: a NotAuthorizedError and nothing written.</summary>
public sealed class PairingAuthorizationTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private readonly PairingKit _kit = new(app);

    public static TheoryData<string, string> Outsiders
    {
        get
        {
            var rows = new TheoryData<string, string>();
            string[] strangers = ["anonymous", "PARTNER", "ORGANISER", "MENTOR elsewhere", "EMPLOYER_ADMIN elsewhere", "unbound MENTOR", "unbound EMPLOYER_ADMIN"];
            foreach (var mutation in new[] { "proposePairing", "acceptPairing", "declinePairing", "activatePairing", "completePairing", "endPairing" })
            {
                foreach (var caller in strangers)
                {
                    rows.Add(mutation, caller);
                }
            }

            // Coordinators propose and steer pairings, but only the parties accept or decline them.
            rows.Add("acceptPairing", "COORDINATOR");
            rows.Add("declinePairing", "COORDINATOR");
            return rows;
        }
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task An_outsider_is_refused_and_nothing_is_written(string mutation, string caller)
    {
        var (ayo, bea) = await _kit.PairAsync();
        var stranger = await _kit.MentorAsync(await _kit.EmployerAsync());
        var id = await StateForAsync(mutation, ayo, bea);
        var before = await SnapshotAsync();
        JsonObject input = mutation switch
        {
            "proposePairing" => new() { ["mentorId"] = PairingKit.Id(ayo), ["partnerId"] = PairingKit.Id(bea) },
            "endPairing" => new() { ["pairingId"] = id, ["reason"] = "OTHER" },
            _ => new() { ["pairingId"] = id },
        };

        var payload = await _kit.MutateAsync(mutation, CallerFor(caller, stranger), input);

        var error = PairingKit.SingleError(payload, "NotAuthorizedError");
        Assert.False(string.IsNullOrWhiteSpace(error["message"]!.GetValue<string>()));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData("the first mentor")]
    [InlineData("the second mentor")]
    [InlineData("the first mentor's employer admin")]
    [InlineData("the second mentor's employer admin")]
    [InlineData("COORDINATOR")]
    [InlineData("ADMIN")]
    public async Task A_party_coordinator_or_administrator_may_propose(string caller)
    {
        var (ayo, bea) = await _kit.PairAsync();

        var payload = await _kit.ProposeAsync(PartyCaller(caller, ayo, bea), ayo, bea);

        Assert.Null(payload["errors"]);
        Assert.Equal("PROPOSED", payload["pairing"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_coordinator_steers_a_pairing_through_activation_and_completion()
    {
        var (ayo, bea) = await _kit.PairAsync();
        var id = await _kit.AcceptedAsync(ayo, bea);

        Assert.Null((await _kit.ActivateAsync(TestCallers.Coordinator, id))["errors"]);
        Assert.Null((await _kit.CompleteAsync(TestCallers.Coordinator, id))["errors"]);
    }

    [Fact]
    public async Task Actions_of_those_who_are_not_the_mentors_are_audited_for_both_mentors()
    {
        var (ayo, bea) = await _kit.PairAsync(secondRequiresApproval: true);
        var id = await _kit.ProposedAsync(ayo, bea, TestCallers.Mentor(ayo.Id));
        await _kit.AcceptAsync(TestCallers.Mentor(bea.Id), id);
        Assert.Empty(await AuditAsync(ayo, bea));

        await _kit.AcceptAsync(TestCallers.EmployerAdmin(bea.EmployerId), id);
        await _kit.ActivateAsync(TestCallers.Coordinator, id);
        await _kit.EndAsync(TestCallers.Admin, id);

        var entries = await AuditAsync(ayo, bea);
        Assert.Equal(
            [
                ("acceptPairing", "EMPLOYER_ADMIN", ayo.Id), ("acceptPairing", "EMPLOYER_ADMIN", bea.Id),
                ("activatePairing", "COORDINATOR", ayo.Id), ("activatePairing", "COORDINATOR", bea.Id),
                ("endPairing", "ADMIN", ayo.Id), ("endPairing", "ADMIN", bea.Id),
            ],
            entries);
    }

    private async Task<List<(string, string, int)>> AuditAsync(Mentor ayo, Mentor bea)
    {
        await using var db = app.CreateDbContext();
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(a => a.SubjectType == "Mentor" && (a.SubjectId == ayo.Id || a.SubjectId == bea.Id))
            .OrderBy(a => a.Id)
            .ToListAsync();
        return [.. rows.Select(a => (a.Action, a.ActorRoles, a.SubjectId))];
    }

    /// <summary>A pairing in the status the mutation starts from, so that only the caller stands in its way.</summary>
    private async Task<string?> StateForAsync(string mutation, Mentor ayo, Mentor bea)
    {
        if (mutation == "proposePairing")
        {
            return null;
        }

        var id = await _kit.ProposedAsync(ayo, bea);
        if (mutation is "activatePairing" or "completePairing" or "endPairing")
        {
            await _kit.AcceptAsync(TestCallers.Admin, id);
        }

        if (mutation == "completePairing")
        {
            await _kit.ActivateAsync(TestCallers.Admin, id);
        }

        return id;
    }

    private static Caller CallerFor(string caller, Mentor stranger) => caller switch
    {
        "anonymous" => TestCallers.Anonymous,
        "PARTNER" => TestCallers.Partner,
        "ORGANISER" => TestCallers.Organiser,
        "COORDINATOR" => TestCallers.Coordinator,
        "MENTOR elsewhere" => TestCallers.Mentor(stranger.Id),
        "EMPLOYER_ADMIN elsewhere" => TestCallers.EmployerAdmin(stranger.EmployerId),
        "unbound MENTOR" => new Caller("test-unbound-mentor", [Role.Mentor]),
        "unbound EMPLOYER_ADMIN" => TestCallers.UnboundEmployerAdmin,
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, null),
    };

    private static Caller PartyCaller(string caller, Mentor ayo, Mentor bea) => caller switch
    {
        "the first mentor" => TestCallers.Mentor(ayo.Id),
        "the second mentor" => TestCallers.Mentor(bea.Id),
        "the first mentor's employer admin" => TestCallers.EmployerAdmin(ayo.EmployerId),
        "the second mentor's employer admin" => TestCallers.EmployerAdmin(bea.EmployerId),
        "COORDINATOR" => TestCallers.Coordinator,
        "ADMIN" => TestCallers.Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, null),
    };

    /// <summary>Every pairing row with its events and skills, and the audit log's size, as text.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var db = app.CreateDbContext();
        var pairings = await db.Pairings.AsNoTracking().Include(p => p.Events).Include(p => p.Skills).OrderBy(p => p.Id).ToListAsync();
        var audit = await db.AuditEntries.CountAsync();
        return string.Join("\n", pairings.Select(p => string.Join(" | ",
            p.Id, p.Status, p.MentorAAcceptedAt, p.MentorBAcceptedAt, p.EmployerAApprovedAt, p.EmployerBApprovedAt, p.AcceptedAt, p.ActivatedAt, p.CompletedAt,
            p.DeclinedAt, p.EndedAt, p.UpdatedAt.ToUnixTimeMilliseconds(), p.Events.Count, p.Skills.Count))) + $"\naudit {audit}";
    }
}
