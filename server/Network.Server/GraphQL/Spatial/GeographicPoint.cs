using NetTopologySuite.Geometries;

namespace Network.Server.GraphQL.Spatial;

public static class GeographicPoint
{
    /// <summary>A WGS 84 point (SRID 4326), as PostGIS geography columns hold them: X is the longitude.</summary>
    public static Point Create(double latitude, double longitude) => new(longitude, latitude) { SRID = 4326 };
}
