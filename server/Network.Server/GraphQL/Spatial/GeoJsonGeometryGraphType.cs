using GraphQL.Types;

namespace Network.Server.GraphQL.Spatial;

public sealed class GeoJsonGeometryGraphType : EnumerationGraphType
{
    public GeoJsonGeometryGraphType()
    {
        Name = "GeoJSONGeometryType";
        foreach (var name in new[] { "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection" })
        {
            Add(name, name);
        }
    }
}
