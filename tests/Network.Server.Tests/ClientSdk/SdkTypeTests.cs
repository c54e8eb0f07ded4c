using System.Buffers;
using System.Text;
using System.Text.Json;
using Network.Client;

namespace Network.Server.Tests.ClientSdk;

/// <summary>The SDK's own types as generated code writes and reads them: optional input fields, GeoJSON coordinates, enum values.</summary>
public sealed class SdkTypeTests
{
    [Fact]
    public void An_input_field_left_out_is_not_sent_and_one_given_as_null_is_sent_as_null()
    {
        var leftOut = new UpdateSkillsGapInput { SkillsGapId = "U2tpbGxzR2FwOjE=" };
        var cleared = leftOut with { Description = null, HardToFillVacancies = 3 };
        IReadOnlyList<Sector> chosen = [Sector.IctDigital, Sector.Construction];
        var filter = new SectorOperationFilterInput { In = new(chosen), Nin = new[] { Sector.EngineeringManufacturing }, Neq = null };

        Assert.Equal("""{"skillsGapId":"U2tpbGxzR2FwOjE="}""", Json(leftOut));
        Assert.Equal("""{"description":null,"hardToFillVacancies":3,"skillsGapId":"U2tpbGxzR2FwOjE="}""", Json(cleared));
        Assert.Equal("""{"in":["ICT_DIGITAL","CONSTRUCTION"],"neq":null,"nin":["ENGINEERING_MANUFACTURING"]}""", Json(filter));
        Assert.Equal((false, true, true), (leftOut.Description.HasValue, cleared.Description.HasValue, cleared.HardToFillVacancies.HasValue));
        Assert.Equal(default, leftOut.Severity);
    }

    [Fact]
    public void Coordinates_read_as_the_geometry_they_are_and_write_back_as_they_came()
    {
        const string Square = "[[[[-1.5,52.4],[-1.4,52.4],[-1.4,52.5],[-1.5,52.4]]],[[[-2,52],[-1.9,52],[-1.9,52.1],[-2,52]]]]";
        using var json = JsonDocument.Parse(Square);

        var coordinates = GeoCoordinates.Parse(json.RootElement);

        Assert.Equal(3, coordinates.Depth);
        var polygons = coordinates.AsMultiPolygon();
        Assert.Equal(2, polygons.Count);
        Assert.Equal(new GeoPosition(-1.4, 52.5), polygons[0][0][2]);
        Assert.Equal(polygons[1][0][0], polygons[1][0][^1]);
        Assert.Throws<InvalidOperationException>(() => coordinates.AsPolygon());
        Assert.Equal(Square, Json(coordinates.Write));
        Assert.Equal(Square, Json(GeoCoordinates.MultiPolygon(polygons).Write));
        Assert.Equal("[-1.5,52.4]", Json(GeoCoordinates.Point(new GeoPosition(-1.5, 52.4)).Write));
        Assert.Throws<FormatException>(() => GeoPosition.Parse(JsonDocument.Parse("[-1.5]").RootElement));
    }

    [Fact]
    public void An_enum_value_the_client_does_not_know_reads_as_unknown_and_cannot_be_written()
    {
        Assert.Equal(Sector.IctDigital, EnumValues.Parse<Sector>("ICT_DIGITAL"));
        Assert.Equal(Sector._Unknown, EnumValues.Parse<Sector>("QUANTUM_COMPUTING"));

        var error = Assert.Throws<ArgumentException>(() => EnumValues.Format(Sector._Unknown));
        Assert.StartsWith("Sector._Unknown stands for a value this client does not know, and cannot be sent.", error.Message, StringComparison.Ordinal);
        Assert.Equal("ICT_DIGITAL", EnumValues.Format(Sector.IctDigital));
    }

    private static string Json(IGraphQLInputObject input) => Json(writer => GraphQLInput.Write(writer, input));

    private static string Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
