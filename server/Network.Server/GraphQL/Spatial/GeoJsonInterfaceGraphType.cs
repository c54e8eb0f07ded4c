using GraphQL.Types;

namespace Network.Server.GraphQL.Spatial;

public sealed class GeoJsonInterfaceGraphType : InterfaceGraphType
{
    public GeoJsonInterfaceGraphType()
    {
        Name = "GeoJSONInterface";
        Field<NonNullGraphType<GeoJsonGeometryGraphType>>("type").Description("The geometry type of the GeoJSON object.");
        Field<ListGraphType<FloatGraphType>>("bbox").Description("The minimum bounding box around the geometry object.");
        Field<IntGraphType>("crs").Description("The coordinate reference system integer identifier.");
    }
}
