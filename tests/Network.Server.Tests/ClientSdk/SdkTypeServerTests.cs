using Network.Client;
using Network.Server.Tests.Infrastructure;
using ServerSector = Network.Server.Skills.Sector;

namespace Network.Server.Tests.ClientSdk;

/// <summary>
/// The SDK's typed scalars and optional input fields against the real server: GeoJSON read and written as
/// <see cref="GeoPosition"/> and <see cref="GeoCoordinates"/>, and an input field left out told from one given as null.
/// </summary>
public sealed class SdkTypeServerTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private static readonly GeoPosition Cv1 = new(-1.50600, 52.40939);

    [Fact]
    public async Task A_point_reads_as_a_position_and_a_map_as_polygons()
    {
        var client = SdkClients.Create(app, TestCallers.Partner);

        var place = (await client.Geocode.ExecuteAsync("cv1 2jh")).EnsureNoErrors().Geocode;
        var map = (await client.RegionMap.ExecuteAsync()).EnsureNoErrors().RegionalInsightsMap;

        Assert.Equal((GeoJSONGeometryType.Point, Cv1), (place.Location.Type, place.Location.Coordinates));
        Assert.Equal(14, map.Features.Count);
        var coventry = map.Features.Single(f => f.Id == "E08000026");
        Assert.Equal(GeoJSONGeometryType.Multipolygon, coventry.Geometry.Type);
        var exterior = coventry.Geometry.Coordinates!.AsMultiPolygon()[0][0];
        Assert.True(exterior.Count >= 4);
        Assert.Equal(exterior[0], exterior[^1]);
        Assert.All(exterior, p => Assert.True(p.Longitude is > -2 and < -1.3 && p.Latitude is > 52.3 and < 52.5, p.ToString()));
    }

    [Fact]
    public async Task A_point_written_as_input_finds_what_its_postcode_finds()
    {
        var data = new TestData(app);
        var employer = await data.EmployerAsync("Point Input Works", ServerSector.IctDigital, "CV1 2JH");
        await data.GapAsync(employer, "cybersecurity");
        var client = SdkClients.Create(app, TestCallers.Partner);

        var byPoint = await client.GapsByArea.ExecuteAsync(Near(new PlaceInput { Point = new GeoJSONPointInput { Coordinates = Cv1, Type = GeoJSONGeometryType.Point } }));
        var byPostcode = await client.GapsByArea.ExecuteAsync(Near(new PlaceInput { Postcode = "CV1" }));

        var gap = Assert.Single(byPoint.EnsureNoErrors().SkillsGaps.Nodes!);
        Assert.Equal(TestData.Id("Employer", employer.Id), gap.Employer.Id);
        Assert.Equal(gap.Id, Assert.Single(byPostcode.EnsureNoErrors().SkillsGaps.Nodes!).Id);
    }

    [Fact]
    public async Task A_description_given_as_null_is_removed_and_one_left_out_is_kept()
    {
        var data = new TestData(app);
        var employer = await data.EmployerAsync("Optional Works", ServerSector.Construction, "B1 1AA");
        var gap = TestData.Id("SkillsGap", (await data.GapAsync(employer, "cybersecurity", description: "Night shifts")).Id);
        var client = SdkClients.Create(app, TestCallers.EmployerAdmin(employer.Id));

        var kept = (await client.UpdateSkillsGap.ExecuteAsync(new UpdateSkillsGapInput { SkillsGapId = gap, HardToFillVacancies = 5 })).EnsureNoErrors().UpdateSkillsGap;
        var refused = (await client.UpdateSkillsGap.ExecuteAsync(new UpdateSkillsGapInput { SkillsGapId = gap, Severity = null })).EnsureNoErrors().UpdateSkillsGap;
        var cleared = (await client.UpdateSkillsGap.ExecuteAsync(new UpdateSkillsGapInput { SkillsGapId = gap, Description = null })).EnsureNoErrors().UpdateSkillsGap;

        Assert.Equal((5, "Night shifts"), (kept.SkillsGap!.HardToFillVacancies, kept.SkillsGap.Description));
        Assert.Equal("severity", Assert.IsType<UpdateSkillsGap_UpdateSkillsGap_Errors_NullNotAllowedError>(Assert.Single(refused.Errors!)).Field);
        Assert.Equal((5, (string?)null), (cleared.SkillsGap!.HardToFillVacancies, cleared.SkillsGap.Description));
    }

    [Fact]
    public async Task An_unknown_enum_value_given_as_a_variable_is_refused_before_anything_is_sent()
    {
        var client = SdkClients.Create(app, TestCallers.Admin);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.UpdateSkillsGap.ExecuteAsync(
            new UpdateSkillsGapInput { SkillsGapId = TestData.Id("SkillsGap", 1), Severity = SkillsGapSeverity._Unknown }));

        Assert.StartsWith("SkillsGapSeverity._Unknown stands for a value this client does not know", error.Message, StringComparison.Ordinal);
    }

    private static NearInput Near(PlaceInput origin) => new() { Origin = origin, RadiusKm = 1 };
}
