using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Pairings;

namespace Network.Server.Tests.Matching;

/// <summary>Mentors with a full diary, and mentors already paired with the mentor, are never suggested.</summary>
public sealed class MentorMatchExclusionTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private readonly PairingKit _kit = new(app);

    [Fact]
    public async Task A_partner_with_an_open_pairing_with_the_mentor_is_no_longer_suggested()
    {
        var (first, second) = await _kit.PairAsync();
        Assert.Contains(PairingKit.Id(second), await SuggestedAsync(PairingKit.Id(first)));

        await _kit.ProposedAsync(first, second);

        Assert.DoesNotContain(PairingKit.Id(second), await SuggestedAsync(PairingKit.Id(first)));
    }

    [Fact]
    public async Task A_mentor_at_capacity_is_not_suggested()
    {
        var (first, second) = await _kit.PairAsync(capacity: 1);
        var (other, _) = await _kit.PairAsync();
        Assert.Contains(PairingKit.Id(second), await SuggestedAsync(PairingKit.Id(other)));

        var pairing = await _kit.ProposedAsync(first, second);
        Assert.Null((await _kit.AcceptAsync(TestCallers.Admin, pairing))["errors"]);

        Assert.DoesNotContain(PairingKit.Id(second), await SuggestedAsync(PairingKit.Id(other)));
    }

    private async Task<string[]> SuggestedAsync(string mentorId)
    {
        var data = await app.CreateGraphQLClient().QueryAsync(
            "query($id: ID!) { mentorMatches(mentorId: $id, first: 50) { partner { id } } }", new { id = mentorId });
        return [.. data["mentorMatches"]!.AsArray().Select(m => m!["partner"]!["id"]!.GetValue<string>())];
    }
}
