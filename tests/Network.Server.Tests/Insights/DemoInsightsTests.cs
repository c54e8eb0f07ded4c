using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;
using Network.Server.Geo;
using Network.Server.Insights;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Insights;

/// <summary>Regional insights on the demo network: disclosure over every breakdown, the map and the hotspots.</summary>
public sealed class DemoInsightsTests(NetworkApp app) : IClassFixture<NetworkApp>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await app.SeedOnceAsync(async _ =>
        {
            await app.SeedDemoNetworkAsync();
            await app.Services.GetRequiredService<InsightSnapshots>().RefreshAsync(CancellationToken.None);
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task No_withheld_figure_of_the_demo_network_can_be_worked_out_by_arithmetic_over_every_breakdown()
    {
        var figures = await PublishedFigures.GatherAsync(app);

        Assert.True(figures.Withheld > 1_000);
        Assert.Empty(ArithmeticAttack.Recovered(figures));
    }

    [Fact]
    public async Task The_map_is_a_feature_collection_of_the_fourteen_authorities_whose_outlines_hold_their_towns()
    {
        var map = (await app.CreateGraphQLClient(TestCallers.Partner).QueryAsync(
            "{ regionalInsightsMap { type attribution features { type id geometry { type coordinates } properties { localAuthority { code } openSkillsGaps { value reason } } } } }"))["regionalInsightsMap"]!;
        var features = map["features"]!.AsArray();

        Assert.Equal("FeatureCollection", map["type"]!.GetValue<string>());
        Assert.Contains("Ordnance Survey", map["attribution"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(PostcodeDirectory.Instance.LocalAuthorities.Select(a => a.Code).Order(StringComparer.Ordinal), features.Select(f => f!["id"]!.GetValue<string>()));
        Assert.All(features, f => Assert.Equal(("Feature", "MultiPolygon"), (f!["type"]!.GetValue<string>(), f["geometry"]!["type"]!.GetValue<string>())));
        Assert.All(features, f => Assert.Equal(f!["id"]!.GetValue<string>(), f["properties"]!["localAuthority"]!["code"]!.GetValue<string>()));
        foreach (var (outcode, code) in new[] { ("B1", "E08000025"), ("ST16", "E10000028"), ("CV34", "E10000031"), ("WR1", "E10000034"), ("CV1", "E08000026") })
        {
            var town = PostcodeDirectory.Instance.FindDistrict(outcode)!.Centroid;
            Assert.True(Outline(features.Single(f => f!["id"]!.GetValue<string>() == code)!).Contains(town), $"{outcode} lies outside {code}.");
        }
    }

    [Fact]
    public async Task Hotspots_rank_published_unmet_demand_in_each_authority()
    {
        var hotspots = (await app.CreateGraphQLClient(TestCallers.Partner).QueryAsync(
            "{ hotspots(first: 3) { localAuthority { code } skills { rank unmetDemand skill { slug } figures { openSkillsGaps { value suppressed } mentorsOffering { value suppressed } } } } }"))["hotspots"]!.AsArray();
        var ranked = hotspots.SelectMany(h => h!["skills"]!.AsArray()).ToList();

        Assert.Equal(14, hotspots.Count);
        Assert.NotEmpty(ranked);
        Assert.All(hotspots, h => Assert.True(h!["skills"]!.AsArray().Count <= 3));
        Assert.All(ranked, s =>
        {
            var figures = s!["figures"]!;
            Assert.False(figures["openSkillsGaps"]!["suppressed"]!.GetValue<bool>() || figures["mentorsOffering"]!["suppressed"]!.GetValue<bool>());
            Assert.Equal(figures["openSkillsGaps"]!["value"]!.GetValue<int>() - figures["mentorsOffering"]!["value"]!.GetValue<int>(), s["unmetDemand"]!.GetValue<int>());
        });
        Assert.All(hotspots, h =>
        {
            var demand = h!["skills"]!.AsArray().Select(s => s!["unmetDemand"]!.GetValue<int>()).ToList();
            Assert.Equal(demand.OrderDescending(), demand);
        });
    }

    private static MultiPolygon Outline(System.Text.Json.Nodes.JsonNode feature)
    {
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        var polygons = feature["geometry"]!["coordinates"]!.AsArray().Select(polygon =>
        {
            var rings = polygon!.AsArray().Select(ring => factory.CreateLinearRing([.. ring!.AsArray().Select(p => new Coordinate(p![0]!.GetValue<double>(), p[1]!.GetValue<double>()))])).ToList();
            return factory.CreatePolygon(rings[0], [.. rings.Skip(1)]);
        });
        return factory.CreateMultiPolygon([.. polygons]);
    }
}
