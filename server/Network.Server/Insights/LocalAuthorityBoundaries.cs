using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Union;

namespace Network.Server.Insights;

/// <summary>
/// The outlines of the region's 14 local authorities, from the 30 district boundaries shipped with the server: a
/// county (Staffordshire, Warwickshire, Worcestershire) is the union of its districts.
/// </summary>
public sealed class LocalAuthorityBoundaries
{
    private const string ResourceName = "west-midlands-local-authority-districts-2013.geojson";

    /// <summary>Served with every map, as the licence of the boundaries asks.</summary>
    public const string Attribution =
        "Boundaries: ONS local authority districts (2013 codes) from martinjc/UK-GeoJSON, CC BY 4.0 (Martin Chorley); " +
        "contains Ordnance Survey data © Crown copyright and database right 2014, under the OS OpenData licence.";

    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    private static readonly Lazy<LocalAuthorityBoundaries> Loaded = new(Load);

    private readonly Dictionary<string, MultiPolygon> _outlines;

    private LocalAuthorityBoundaries(Dictionary<string, MultiPolygon> outlines) => _outlines = outlines;

    public static LocalAuthorityBoundaries Instance => Loaded.Value;

    public IReadOnlyCollection<string> Codes => _outlines.Keys;

    public MultiPolygon? Outline(string code) => _outlines.GetValueOrDefault(code);

    private static LocalAuthorityBoundaries Load()
    {
        using var stream = typeof(LocalAuthorityBoundaries).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing.");
        var districts = JsonSerializer.Deserialize<FeatureCollection>(stream, GeoJson) ?? throw new InvalidOperationException($"{ResourceName} is empty.");
        var outlines = districts
            .GroupBy(d => (string)(d.Attributes.GetOptionalValue("county_code") ?? d.Attributes["code"]))
            .ToDictionary(g => g.Key, g => ToMulti(UnaryUnionOp.Union(g.Select(d => GeometryFixer.Fix(d.Geometry)).ToList())), StringComparer.Ordinal);
        return new LocalAuthorityBoundaries(outlines);
    }

    private static MultiPolygon ToMulti(Geometry geometry)
    {
        var polygons = Enumerable.Range(0, geometry.NumGeometries).Select(geometry.GetGeometryN).OfType<Polygon>().ToArray();
        return new MultiPolygon(polygons, geometry.Factory) { SRID = 4326 };
    }
}
