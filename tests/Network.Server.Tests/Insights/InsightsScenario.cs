using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.Employers;
using Network.Server.Insights;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Insights;

/// <summary>
/// A small region for the insight tests, dated against this month so that it stays inside the 12-month window:
/// four ICT employers in Birmingham with cybersecurity gaps (two months ago) and six mentors offering data analytics;
/// four construction employers in Solihull with retrofit gaps (five months ago), one filled last month, and five
/// mentors offering budget planning. Nothing in it is small, so nothing is withheld; <see cref="AddCoventryAsync"/>
/// adds a Coventry employer with one gap and two mentors offering cybersecurity, which are.
/// </summary>
internal static class InsightsScenario
{
    public const string Birmingham = "E08000025";
    public const string Solihull = "E08000029";
    public const string Coventry = "E08000026";

    public static DateOnly ThisMonth => new(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1);

    /// <summary>The 15th of the month <paramref name="monthsAgo"/> months back.</summary>
    public static DateTimeOffset MidMonth(int monthsAgo) => new(ThisMonth.AddMonths(-monthsAgo).AddDays(14), new TimeOnly(12, 0), TimeSpan.Zero);

    public static string Month(int monthsAgo) => ThisMonth.AddMonths(-monthsAgo).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task SeedAsync(NetworkApp app, TestData data)
    {
        var birmingham = new List<Employer>();
        for (var i = 0; i < 4; i++)
        {
            var employer = await data.EmployerAsync($"Brum Digital {i}", Sector.IctDigital, $"B{(i % 2 == 0 ? 1 : 5)} {i + 1}AA");
            birmingham.Add(employer);
            await Dated(app, await data.GapAsync(employer, "cybersecurity", SkillsGapSeverity.High, vacancies: 2), MidMonth(2));
        }

        for (var i = 0; i < 6; i++)
        {
            await Dated(app, await data.MentorAsync(birmingham[i % 4], $"Brum Mentor {i}", CareerStage.Early, ["data-analytics"], ["budget-planning"]), MidMonth(6));
        }

        var solihull = new List<Employer>();
        for (var i = 0; i < 4; i++)
        {
            var employer = await data.EmployerAsync($"Solihull Build {i}", Sector.Construction, $"B91 {i + 1}AB");
            solihull.Add(employer);
            var gap = await data.GapAsync(employer, "retrofit-energy-efficiency", SkillsGapSeverity.Medium, vacancies: 1,
                status: i == 0 ? SkillsGapStatus.Filled : SkillsGapStatus.Open);
            await Dated(app, gap, MidMonth(5), closed: i == 0 ? MidMonth(1) : null);
        }

        for (var i = 0; i < 5; i++)
        {
            await Dated(app, await data.MentorAsync(solihull[i % 4], $"Solihull Mentor {i}", CareerStage.Senior, ["budget-planning"], ["data-analytics"]), MidMonth(6));
        }

        await app.Services.GetRequiredService<InsightSnapshots>().RefreshAsync(CancellationToken.None);
    }

    public static async Task AddCoventryAsync(NetworkApp app, TestData data)
    {
        var coventry = await data.EmployerAsync("Coventry Code", Sector.IctDigital, "CV1 1AA");
        await Dated(app, await data.GapAsync(coventry, "cybersecurity", SkillsGapSeverity.Critical, vacancies: 5), MidMonth(2));
        for (var i = 0; i < 2; i++)
        {
            await Dated(app, await data.MentorAsync(coventry, $"Coventry Mentor {i}", CareerStage.Early, ["cybersecurity"], ["client-relations"]), MidMonth(6));
        }

        await app.Services.GetRequiredService<InsightSnapshots>().RefreshAsync(CancellationToken.None);
    }

    private static async Task Dated(NetworkApp app, SkillsGap gap, DateTimeOffset published, DateTimeOffset? closed = null)
    {
        await using var db = app.CreateDbContext();
        await db.SkillsGaps.Where(g => g.Id == gap.Id).ExecuteUpdateAsync(s => s.SetProperty(g => g.PublishedAt, published).SetProperty(g => g.ClosedAt, closed));
    }

    private static async Task Dated(NetworkApp app, Mentor mentor, DateTimeOffset created)
    {
        await using var db = app.CreateDbContext();
        await db.Mentors.Where(m => m.Id == mentor.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.CreatedAt, created));
    }
}
