using System.Text.Json.Nodes;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Matching;

public sealed class PlanPairingsTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Plan = """
        mutation($input: PlanPairingsInput!) {
          planPairings(input: $input) {
            plan {
              poolSize maximizeCardinality totalScore candidateCount
              pairs { mentor { id } partner { id } score format teaches { skill { slug } } learns { skill { slug } } reasons }
              unmatched { mentor { id } eligiblePartners reason }
              candidates(first: 500) { mentor { id } partner { id } score }
            }
            errors { __typename ... on Error { message } }
          }
        }
        """;

    [Fact]
    public async Task The_plan_is_the_pairing_with_the_highest_total_of_all_candidate_pairs()
    {
        var pool = await PoolAsync();

        var plan = await PlanAsync(new { pool = new { mentorIds = pool } });

        var candidates = plan["candidates"]!.AsArray().Select(c => (A: c!["mentor"]!["id"]!.GetValue<string>(), B: c["partner"]!["id"]!.GetValue<string>(), Score: c["score"]!.GetValue<double>())).ToList();
        Assert.Equal(plan["candidateCount"]!.GetValue<int>(), candidates.Count);
        Assert.True(candidates.Count >= 4);
        var paired = plan["pairs"]!.AsArray().SelectMany(p => new[] { p!["mentor"]!["id"]!.GetValue<string>(), p["partner"]!["id"]!.GetValue<string>() }).ToList();
        Assert.Equal(paired.Count, paired.Distinct().Count());
        Assert.Equal(BruteForceBest(candidates), plan["totalScore"]!.GetValue<double>(), precision: 1);
        Assert.Equal(pool.Length, paired.Count + plan["unmatched"]!.AsArray().Count);
        Assert.All(plan["pairs"]!.AsArray(), p => Assert.NotEmpty(p!["reasons"]!.AsArray()));
    }

    [Fact]
    public async Task A_mentor_nobody_can_pair_with_is_unmatched_with_the_reason()
    {
        var pool = await PoolAsync();

        var plan = await PlanAsync(new { pool = new { mentorIds = pool } });

        var loner = plan["unmatched"]!.AsArray().Single(u => u!["mentor"]!["id"]!.GetValue<string>() == pool[^1]);
        Assert.Equal(0, loner!["eligiblePartners"]!.GetValue<int>());
        Assert.Equal("No one else in the pool is an eligible partner.", loner["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_pool_can_be_a_filter_and_cardinality_can_come_first()
    {
        await PoolAsync();

        var plan = await PlanAsync(new { pool = new { where = new { employer = new { name = new { startsWith = "Plan " } } } }, maximizeCardinality = true });

        Assert.Equal(7, plan["poolSize"]!.GetValue<int>());
        Assert.True(plan["maximizeCardinality"]!.GetValue<bool>());
        Assert.Equal(3, plan["pairs"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_pool_is_given_one_way_and_holds_at_least_two_active_mentors()
    {
        var pool = await PoolAsync();

        Assert.Equal("INVALID_VALUE", await RefusalAsync(new { pool = new { } }));
        Assert.Equal("INVALID_VALUE", await RefusalAsync(new { pool = new { mentorIds = pool, where = new { capacity = new { gt = 0 } } } }));
        Assert.Equal("OutOfRangeError", await ErrorAsync(new { pool = new { mentorIds = pool[..1] } }));
        Assert.Equal("MentorNotFoundError", await ErrorAsync(new { pool = new { mentorIds = new[] { pool[0], TestData.Id("Mentor", 987_654) } } }));
        Assert.Equal("InvalidIdError", await ErrorAsync(new { pool = new { mentorIds = new[] { pool[0], TestData.Id("Employer", 1) } } }));

        var data = new TestData(app);
        var gone = await data.MentorAsync(
            await data.EmployerAsync("Plan Employer Gone", Sector.Construction, "CV1 2JH"), "Gone Welder", CareerStage.Mid, ["welding-fabrication"], ["site-management"],
            status: MentorStatus.Withdrawn);
        Assert.Equal("MentorWithdrawnError", await ErrorAsync(new { pool = new { mentorIds = new[] { pool[0], pool[1], TestData.Id("Mentor", gone.Id) } } }));
    }

    [Fact]
    public async Task Only_coordinators_and_administrators_plan()
    {
        var pool = await PoolAsync();

        foreach (var caller in new[] { TestCallers.Organiser, TestCallers.Partner, TestCallers.Anonymous, TestCallers.UnboundEmployerAdmin })
        {
            Assert.Equal("NotAuthorizedError", await ErrorAsync(new { pool = new { mentorIds = pool } }, caller));
        }

        var plan = await app.CreateGraphQLClient(TestCallers.Coordinator).QueryAsync(Plan, new { input = new { pool = new { mentorIds = pool } } });
        Assert.Null(plan["planPairings"]!["errors"]);
    }

    private async Task<JsonNode> PlanAsync(object input)
    {
        var data = await app.CreateGraphQLClient().QueryAsync(Plan, new { input });
        Assert.True(data["planPairings"]!["errors"] is null, data["planPairings"]!["errors"]?.ToJsonString());
        return data["planPairings"]!["plan"]!;
    }

    /// <summary>The code of the GraphQL error refusing a pool that is not given exactly one way (<c>PairingPoolInput</c> is <c>@oneOf</c>).</summary>
    private async Task<string> RefusalAsync(object input)
    {
        var response = await app.CreateGraphQLClient().PostAsync(Plan, new { input });
        Assert.Null(response.Data);
        return response.FirstErrorCode!;
    }

    private async Task<string> ErrorAsync(object input, Network.Server.Identity.Caller? caller = null)
    {
        var data = await app.CreateGraphQLClient(caller ?? TestCallers.Admin).QueryAsync(Plan, new { input });
        Assert.Null(data["planPairings"]!["plan"]);
        return data["planPairings"]!["errors"]![0]!["__typename"]!.GetValue<string>();
    }

    /// <summary>The best total over every set of disjoint candidate pairs, tried one by one.</summary>
    private static double BruteForceBest(List<(string A, string B, double Score)> candidates, int from = 0, HashSet<string>? used = null)
    {
        used ??= [];
        var best = 0.0;
        for (var i = from; i < candidates.Count; i++)
        {
            var (a, b, score) = candidates[i];
            if (used.Contains(a) || used.Contains(b))
            {
                continue;
            }

            used.Add(a);
            used.Add(b);
            best = Math.Max(best, score + BruteForceBest(candidates, i + 1, used));
            used.Remove(a);
            used.Remove(b);
        }

        return best;
    }

    private Task<string[]> PoolAsync() => _pool ??= CreatePoolAsync();

    private static Task<string[]>? _pool;

    private async Task<string[]> CreatePoolAsync()
    {
        var data = new TestData(app);
        var ids = new List<string>();
        string[] wants = ["budget-planning", "client-relations", "machine-learning", "cybersecurity"];
        for (var e = 0; e < 3; e++)
        {
            var employer = await data.EmployerAsync($"Plan Employer {e}", (Sector)e, "CV1 2JH");
            ids.Add(TestData.Id("Mentor", (await data.MentorAsync(employer, $"Early {e}", CareerStage.Early, ["machine-learning", "cybersecurity"], [wants[e]])).Id));
            ids.Add(TestData.Id("Mentor", (await data.MentorAsync(employer, $"Senior {e}", CareerStage.Senior, ["budget-planning", "client-relations"], [wants[(e + 2) % 4]])).Id));
        }

        var loner = await data.EmployerAsync("Plan Employer Alone", Sector.Construction, "CV1 2JH");
        ids.Add(TestData.Id("Mentor", (await data.MentorAsync(loner, "Lone Welder", CareerStage.Mid, ["welding-fabrication"], ["site-management"])).Id));
        return [.. ids];
    }
}
