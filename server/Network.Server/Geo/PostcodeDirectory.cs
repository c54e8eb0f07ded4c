using System.Collections.Frozen;
using System.Globalization;
using NetTopologySuite.Geometries;
using Network.Server.GraphQL.Spatial;

namespace Network.Server.Geo;

/// <summary>
/// Offline geocoding against the bundled West Midlands postcode districts: a postcode resolves to the
/// centroid of its outward code and that district's local authority.
/// </summary>
public sealed class PostcodeDirectory : IPostcodeLocator
{
    private const string ResourceName = "west-midlands-postcodes.csv";

    private readonly FrozenDictionary<string, PostcodeDistrict> _districts;
    private readonly FrozenSet<string> _areas;
    private readonly FrozenDictionary<string, LocalAuthority> _authorities;

    private PostcodeDirectory(IEnumerable<PostcodeDistrict> districts)
    {
        _districts = districts.ToFrozenDictionary(d => d.Outcode, StringComparer.Ordinal);
        _areas = _districts.Values
            .Select(d => Postcode.TryParse(d.Outcode, out var p) ? p.Area : d.Outcode)
            .ToFrozenSet(StringComparer.Ordinal);
        _authorities = _districts.Values
            .Select(d => d.LocalAuthority)
            .DistinctBy(a => a.Code)
            .ToFrozenDictionary(a => a.Code, StringComparer.Ordinal);
    }

    public static PostcodeDirectory Instance { get; } = Load();

    public IReadOnlyCollection<PostcodeDistrict> Districts => _districts.Values;

    public GeocodeOutcome Geocode(string? input)
    {
        if (!Postcode.TryParse(input, out var postcode))
        {
            return new GeocodeOutcome.Malformed(input ?? string.Empty);
        }

        if (_districts.TryGetValue(postcode.Outcode, out var district))
        {
            return new GeocodeOutcome.Found(postcode, district);
        }

        return _areas.Contains(postcode.Area)
            ? new GeocodeOutcome.UnknownDistrict(postcode)
            : new GeocodeOutcome.OutsideRegion(postcode);
    }

    public Point Locate(string postcode) => Geocode(postcode).OrThrow().District.Centroid;

    public PostcodeDistrict? FindDistrict(string outcode) => _districts.GetValueOrDefault(outcode);

    public LocalAuthority? FindLocalAuthority(string code) => _authorities.GetValueOrDefault(code);

    public IReadOnlyCollection<LocalAuthority> LocalAuthorities => _authorities.Values;

    private static PostcodeDirectory Load()
    {
        using var stream = typeof(PostcodeDirectory).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var districts = new List<PostcodeDistrict>();
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var cells = line.Split(',');
            districts.Add(new PostcodeDistrict(
                cells[0],
                double.Parse(cells[1], CultureInfo.InvariantCulture),
                double.Parse(cells[2], CultureInfo.InvariantCulture),
                cells[3],
                new LocalAuthority(cells[4], cells[5], cells[6] == "yes")));
        }

        return new PostcodeDirectory(districts);
    }
}
