using Network.Server.Tests.Infrastructure;
using static Network.Server.Tests.Insights.InsightsScenario;

namespace Network.Server.Tests.Insights;

/// <summary>The small region plus one Coventry employer with one gap and two mentors: figures that must be withheld, and the ones that protect them.</summary>
public sealed class InsightDisclosureTests(NetworkApp app) : IClassFixture<NetworkApp>, IAsyncLifetime
{
    public Task InitializeAsync() => app.SeedOnceAsync(async data =>
    {
        await SeedAsync(app, data);
        await AddCoventryAsync(app, data);
    });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_figure_about_one_employer_or_two_people_is_withheld_and_says_why()
    {
        var data = await app.CreateGraphQLClient(TestCallers.Partner).QueryAsync(
            $"{{ regionalInsights(groupBy: [LOCAL_AUTHORITY], where: {{ localAuthorityCodes: [\"{Coventry}\"] }}) {{ cells {{ " +
            "openSkillsGaps { value suppressed reason } hardToFillVacancies { value reason } employersReportingGaps { reason } mentorsOffering { value reason } supplyDemandRatio { value reason } } } }");
        var coventry = data["regionalInsights"]!["cells"]![0]!;

        Assert.Equal((null, true, "FEW_EMPLOYERS"), (coventry["openSkillsGaps"]!["value"]?.GetValue<int>(), coventry["openSkillsGaps"]!["suppressed"]!.GetValue<bool>(), RegionalInsightsTests.Reason(coventry, "openSkillsGaps")));
        Assert.Equal("FEW_EMPLOYERS", RegionalInsightsTests.Reason(coventry, "hardToFillVacancies"));
        Assert.Equal("FEW_EMPLOYERS", RegionalInsightsTests.Reason(coventry, "employersReportingGaps"));
        Assert.Equal("FEW_PEOPLE", RegionalInsightsTests.Reason(coventry, "mentorsOffering"));
        Assert.Equal("WITHHELD_INPUT", RegionalInsightsTests.Reason(coventry, "supplyDemandRatio"));
        Assert.Null(coventry["mentorsOffering"]!["value"]);
    }

    [Fact]
    public async Task No_withheld_figure_can_be_worked_out_by_arithmetic_over_every_breakdown()
    {
        var figures = await PublishedFigures.GatherAsync(app);

        Assert.True(figures.Withheld > 0);
        Assert.Empty(ArithmeticAttack.Recovered(figures));
    }
}
