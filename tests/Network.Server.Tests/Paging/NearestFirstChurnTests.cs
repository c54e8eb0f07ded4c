using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Paging;

/// <summary>
/// Keyset pages while rows change between page requests: rows are inserted nearer and farther than the
/// page being read, deleted and moved, and every row that existed unchanged throughout is read exactly once.
/// </summary>
public sealed class NearestFirstChurnTests(NetworkApp app) : IClassFixture<NetworkApp>, IAsyncLifetime
{
    private static readonly string[] Near = ["B1", "B5", "B15"];
    private static readonly string[] Far = ["WS1", "WV1", "CV1", "B90"];

    public static readonly TheoryData<string> Lists = ["skillsGaps", "employers", "mentors"];

    public Task InitializeAsync() => app.SeedOnceAsync(SeedAsync);

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task SeedAsync(TestData data)
    {
        string[] postcodes = [.. Near, .. Near, "B1", "B1", "B1", "B70", "DY1", .. Far, .. Far];
        for (var i = 0; i < postcodes.Length; i++)
        {
            var employer = await data.EmployerAsync($"Stable {i:00}", Sector.IctDigital, postcodes[i]);
            await data.GapAsync(employer, "cybersecurity");
            await data.MentorAsync(employer, $"Stable Mentor {i:00}", CareerStage.Mid, ["cybersecurity"], ["budget-planning"]);
        }
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Rows_changing_between_pages_never_make_an_unchanged_row_missed_or_read_twice(string list)
    {
        var walk = new NearestFirstWalk(app.CreateGraphQLClient(), list);
        var stable = NearestFirstWalk.Ids([await walk.PageAsync(new { first = 50 })]);
        var churn = new Churn(app, list);

        var pages = await walk.ForwardAsync(3, churn.StepAsync);
        var read = NearestFirstWalk.Ids(pages);

        Assert.True(churn.Steps >= 5, $"only {churn.Steps} rounds of changes");
        Assert.All(stable, id => Assert.Single(read, id));
        var stableRead = NearestFirstWalk.Positions(pages).Where((_, i) => stable.Contains(read[i])).ToArray();
        Assert.Equal(stableRead.OrderBy(p => p.Km).ThenBy(p => p.Place).ThenBy(p => p.Key), stableRead);
    }

    /// <summary>Each step inserts a row at the origin and one far out, deletes one inserted before and moves another across the list.</summary>
    private sealed class Churn(NetworkApp app, string list)
    {
        private readonly TestData _data = new(app);
        private readonly List<int> _inserted = [];

        public int Steps { get; private set; }

        public async Task StepAsync()
        {
            Steps++;
            _inserted.Add(await InsertAsync("B1"));
            _inserted.Add(await InsertAsync(Far[Steps % Far.Length]));
            if (_inserted.Count >= 4)
            {
                await DeleteAsync(_inserted[0]);
                _inserted.RemoveAt(0);
                await MoveAsync(_inserted[0], Steps % 2 == 0 ? "B1" : "CV1");
            }
        }

        private async Task<int> InsertAsync(string postcode)
        {
            var employer = await _data.EmployerAsync($"Churn {Steps} {postcode}", Sector.Construction, postcode);
            return list switch
            {
                "employers" => employer.Id,
                "skillsGaps" => (await _data.GapAsync(employer, "data-analytics")).Id,
                _ => (await _data.MentorAsync(employer, $"Churn Mentor {Steps} {postcode}", CareerStage.Early, ["data-analytics"], ["supply-chain-management"])).Id,
            };
        }

        private async Task DeleteAsync(int id)
        {
            await using var db = app.CreateDbContext();
            var deleted = list switch
            {
                "employers" => await db.Employers.Where(e => e.Id == id).ExecuteDeleteAsync(),
                "skillsGaps" => await db.SkillsGaps.Where(g => g.Id == id).ExecuteDeleteAsync(),
                _ => await db.Mentors.Where(m => m.Id == id).ExecuteDeleteAsync(),
            };
            Assert.Equal(1, deleted);
        }

        private async Task MoveAsync(int id, string postcode)
        {
            await using var db = app.CreateDbContext();
            var target = await _data.EmployerAsync($"Churn target {Steps}", Sector.Construction, postcode);
            var moved = list switch
            {
                "employers" => await db.Employers.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Location, target.Location)),
                "skillsGaps" => await db.SkillsGaps.Where(g => g.Id == id).ExecuteUpdateAsync(s => s.SetProperty(g => g.EmployerId, target.Id)),
                _ => await db.Mentors.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Location, target.Location)),
            };
            Assert.Equal(1, moved);
        }
    }
}
