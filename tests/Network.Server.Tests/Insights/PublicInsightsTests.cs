using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Insights;

public sealed class PublicInsightsTests(PublicInsightsApp app) : IClassFixture<PublicInsightsApp>, IAsyncLifetime
{
    public Task InitializeAsync() => app.SeedOnceAsync(data => InsightsScenario.SeedAsync(app, data));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Anonymous_callers_read_the_same_figures_as_partners_when_the_network_publishes_them()
    {
        const string Query = "{ regionalInsights(groupBy: [LOCAL_AUTHORITY]) { cells { localAuthority { code } openSkillsGaps { value reason } mentorsOffering { value reason } } } }";

        var anonymous = await app.CreateGraphQLClient(TestCallers.Anonymous).PostAsync(Query);
        var partner = await app.CreateGraphQLClient(TestCallers.Partner).PostAsync(Query);
        var map = await app.CreateGraphQLClient(TestCallers.Anonymous).PostAsync("{ regionalInsightsMap { features { id } } }");

        Assert.Null(anonymous.Errors);
        Assert.Equal(partner.Data!.ToJsonString(), anonymous.Data!.ToJsonString());
        Assert.Null(map.Errors);
        Assert.Equal(14, map.Data!["regionalInsightsMap"]!["features"]!.AsArray().Count);
    }

    [Fact]
    public async Task Publishing_the_figures_opens_nothing_else()
    {
        var mentors = await app.CreateGraphQLClient(TestCallers.Anonymous).PostAsync("{ mentors(first: 1) { nodes { careerStage } } }");

        Assert.Equal("AUTH_NOT_AUTHENTICATED", mentors.FirstErrorCode);
    }
}
