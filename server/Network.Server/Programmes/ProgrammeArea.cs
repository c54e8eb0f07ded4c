using System.Globalization;
using NetTopologySuite.Geometries;
using Network.Server.Geo;
using Network.Server.GraphQL.Mutations;
using Network.Server.GraphQL.Spatial;

namespace Network.Server.Programmes;

/// <summary>A programme's area, validated: local authorities with the middle of their districts, or a circle.</summary>
public sealed record ProgrammeArea(IReadOnlyList<string> LocalAuthorityCodes, Point Centre, double? RadiusKm)
{
    /// <summary>The area <paramref name="input"/> gives, or null after recording every problem with it.</summary>
    public static ProgrammeArea? Validate(InputValidator v, string field, ProgrammeAreaInput input)
    {
        // The input is @oneOf: GraphQL validation has made sure it holds exactly one of the two.
        return input.LocalAuthorityCodes is { } codes ? Authorities(v, $"{field}.localAuthorityCodes", codes) : Circle(v, $"{field}.near", input.Near!);
    }

    /// <summary>Whether a place (a district's centre and its local authority) lies in the area.</summary>
    public static bool Covers(Programme programme, Point location, string localAuthorityCode) =>
        programme.RadiusKm is { } radius
            ? GreatCircle.Kilometres(programme.Location.Y, programme.Location.X, location.Y, location.X) <= radius
            : programme.LocalAuthorityCodes.Contains(localAuthorityCode);

    private static ProgrammeArea? Authorities(InputValidator v, string field, List<string> codes)
    {
        var errors = v.Errors.Count;
        if (codes.Count is < 1 or > ProgrammeRules.MaxLocalAuthorities)
        {
            v.Add(new OutOfRangeError($"{field} must name 1 to {ProgrammeRules.MaxLocalAuthorities} local authorities.", field, 1, ProgrammeRules.MaxLocalAuthorities));
        }

        var known = new List<string>();
        foreach (var code in codes.Select(c => c.Trim().ToUpperInvariant()).Distinct())
        {
            if (PostcodeDirectory.Instance.FindLocalAuthority(code) is null)
            {
                v.Add(new UnknownLocalAuthorityError($"{code} is not the ONS code of a West Midlands local authority.", field, code));
            }
            else
            {
                known.Add(code);
            }
        }

        if (v.Errors.Count > errors)
        {
            return null;
        }

        var districts = PostcodeDirectory.Instance.Districts.Where(d => known.Contains(d.LocalAuthority.Code)).ToList();
        return new ProgrammeArea(known, GeographicPoint.Create(districts.Average(d => d.Latitude), districts.Average(d => d.Longitude)), null);
    }

    private static ProgrammeArea? Circle(InputValidator v, string field, Dictionary<string, object?> near)
    {
        var radius = near.TryGetValue("radiusKm", out var r) && r is not null ? Convert.ToDouble(r, CultureInfo.InvariantCulture) : double.NaN;
        if (!(radius >= 1 && radius <= Near.MaxRadiusKm))
        {
            v.Add(new OutOfRangeError($"{field}.radiusKm must be between 1 and {Near.MaxRadiusKm}.", $"{field}.radiusKm", 1, Near.MaxRadiusKm));
        }

        var origin = near.TryGetValue("origin", out var o) ? o as IDictionary<string, object?> : null;
        Point? centre = null;
        if (origin?.TryGetValue("postcode", out var postcode) == true && postcode is string text)
        {
            centre = v.Postcode($"{field}.origin.postcode", text)?.District.Centroid;
        }
        else if (origin?.TryGetValue("point", out var point) == true && point is IDictionary<string, object?> geoJson)
        {
            centre = Point(v, $"{field}.origin.point", geoJson);
        }

        return centre is null || !v.IsValid ? null : new ProgrammeArea([], centre, radius);
    }

    private static Point? Point(InputValidator v, string field, IDictionary<string, object?> point)
    {
        if ((point.TryGetValue("type", out var type) && type is not null and not "Point")
            || (point.TryGetValue("crs", out var crs) && crs is not null and not 4326)
            || !point.TryGetValue("coordinates", out var value) || value is not Coordinate coordinate
            || coordinate.X is < -180 or > 180 || coordinate.Y is < -90 or > 90)
        {
            v.Add(new InvalidAreaError($"{field} must be a GeoJSON Point in WGS 84 (crs 4326) with coordinates [longitude, latitude].", field));
            return null;
        }

        return GeographicPoint.Create(coordinate.Y, coordinate.X);
    }
}
