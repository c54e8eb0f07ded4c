using GraphQL.Types;

namespace Network.Server.GraphQL.Spatial;

public sealed class GeoJsonPointInputGraphType : InputObjectGraphType
{
    public GeoJsonPointInputGraphType()
    {
        Name = "GeoJSONPointInput";
        Field<GeoJsonGeometryGraphType>("type").Description("Point, when given.");
        Field<PositionGraphType>("coordinates").Description("[longitude, latitude] in WGS 84 degrees.");
        Field<IntGraphType>("crs").Description("4326, when given.");
    }
}
