using NetTopologySuite.Geometries;
using Network.Server.GraphQL.Spatial;

namespace Network.Server.Geo;

/// <summary>A postcode district (outward code) of the region with its centroid and local authority.</summary>
public sealed record PostcodeDistrict(
    string Outcode,
    double Latitude,
    double Longitude,
    string Town,
    LocalAuthority LocalAuthority)
{
    /// <summary>The district's centre as a WGS 84 point (a new instance each time: NTS geometries are mutable).</summary>
    public Point Centroid => GeographicPoint.Create(Latitude, Longitude);
}
