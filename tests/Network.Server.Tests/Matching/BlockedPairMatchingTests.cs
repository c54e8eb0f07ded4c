using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Pairings;

namespace Network.Server.Tests.Matching;

/// <summary>A blocked pair, whichever of the two blocked, is never suggested, planned or confirmed, and no plan says why.</summary>
public sealed class BlockedPairMatchingTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Plan = """
        mutation($input: PlanPairingsInput!) {
          planPairings(input: $input) {
            plan {
              pairs { mentor { id } partner { id } }
              unmatched { mentor { id } eligiblePartners reason }
              candidates(first: 50) { mentor { id } partner { id } }
            }
            errors { __typename }
          }
        }
        """;

    private readonly PairingKit _kit = new(app);

    [Fact]
    public async Task Neither_mentor_of_a_blocked_pair_is_suggested_to_the_other_until_the_block_is_lifted()
    {
        var (ayo, bea) = await _kit.PairAsync();
        Assert.Contains(PairingKit.Id(bea), await SuggestedAsync(ayo));
        Assert.Contains(PairingKit.Id(ayo), await SuggestedAsync(bea));

        await _kit.BlockedAsync(bea, ayo);

        Assert.DoesNotContain(PairingKit.Id(bea), await SuggestedAsync(ayo));
        Assert.DoesNotContain(PairingKit.Id(ayo), await SuggestedAsync(bea));

        await _kit.UnblockAsync(TestCallers.Mentor(bea.Id), bea, ayo);

        Assert.Contains(PairingKit.Id(bea), await SuggestedAsync(ayo));
    }

    [Fact]
    public async Task A_plan_never_pairs_a_blocked_pair_nor_counts_them_as_candidates()
    {
        var (ayo, bea) = await _kit.PairAsync();
        var (cal, dee) = await _kit.PairAsync();
        var before = await PlanAsync(ayo, bea);
        Assert.Single(before["pairs"]!.AsArray());

        await _kit.BlockedAsync(ayo, bea);

        var alone = await PlanAsync(ayo, bea);
        Assert.Empty(alone["pairs"]!.AsArray());
        Assert.Empty(alone["candidates"]!.AsArray());
        Assert.All(alone["unmatched"]!.AsArray(), u =>
        {
            Assert.Equal(0, u!["eligiblePartners"]!.GetValue<int>());
            Assert.Equal("No one else in the pool is an eligible partner.", u["reason"]!.GetValue<string>());
        });

        // With two more, each of the blocked pair is planned with someone else.
        var four = await PlanAsync(ayo, bea, cal, dee);
        var pairs = four["pairs"]!.AsArray().Select(p => Set(p!["mentor"]!["id"]!.GetValue<string>(), p["partner"]!["id"]!.GetValue<string>())).ToList();
        Assert.Equal(2, pairs.Count);
        Assert.DoesNotContain(Set(PairingKit.Id(ayo), PairingKit.Id(bea)), pairs);
        Assert.DoesNotContain(
            Set(PairingKit.Id(ayo), PairingKit.Id(bea)),
            four["candidates"]!.AsArray().Select(c => Set(c!["mentor"]!["id"]!.GetValue<string>(), c["partner"]!["id"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Confirming_a_plan_with_a_blocked_pair_proposes_none_of_its_pairs_and_does_not_tell_the_coordinator_why()
    {
        var (ayo, bea) = await _kit.PairAsync();
        var (cal, dee) = await _kit.PairAsync();
        await _kit.BlockedAsync(bea, ayo);

        var data = await app.CreateGraphQLClient(TestCallers.Coordinator).QueryAsync(
            """
            mutation($input: ConfirmPairingPlanInput!) {
              confirmPairingPlan(input: $input) {
                pairings { id }
                errors { __typename ... on Error { message } ... on PairingNotEligibleError { reason } }
              }
            }
            """,
            new { input = new { pairs = new[] { Pair(cal, dee), Pair(ayo, bea) } } });

        var payload = data["confirmPairingPlan"]!;
        Assert.Null(payload["pairings"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(("PairingNotEligibleError", PairingProposals.NotAvailableReason), (error["__typename"]!.GetValue<string>(), error["reason"]!.GetValue<string>()));
        Assert.DoesNotContain("block", error.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        await using var db = app.CreateDbContext();
        int[] mentors = [ayo.Id, bea.Id, cal.Id, dee.Id];
        Assert.False(await db.Pairings.AnyAsync(p => mentors.Contains(p.MentorAId)));
    }

    private static object Pair(Mentor mentor, Mentor partner) => new { mentorId = PairingKit.Id(mentor), partnerId = PairingKit.Id(partner) };

    private static string Set(params string[] ids) => string.Join(" ", ids.Order(StringComparer.Ordinal));

    private async Task<string[]> SuggestedAsync(Mentor mentor)
    {
        var data = await app.CreateGraphQLClient(TestCallers.Mentor(mentor.Id)).QueryAsync(
            "query($id: ID!) { mentorMatches(mentorId: $id, first: 50) { partner { id } } }", new { id = PairingKit.Id(mentor) });
        return [.. data["mentorMatches"]!.AsArray().Select(m => m!["partner"]!["id"]!.GetValue<string>())];
    }

    private async Task<JsonNode> PlanAsync(params Mentor[] pool)
    {
        var data = await app.CreateGraphQLClient(TestCallers.Coordinator).QueryAsync(Plan, new { input = new { pool = new { mentorIds = pool.Select(PairingKit.Id) } } });
        Assert.Null(data["planPairings"]!["errors"]);
        return data["planPairings"]!["plan"]!;
    }
}
