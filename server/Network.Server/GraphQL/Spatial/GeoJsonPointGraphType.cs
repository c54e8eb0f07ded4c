using GraphQL.Types;
using NetTopologySuite.Geometries;

namespace Network.Server.GraphQL.Spatial;

public sealed class GeoJsonPointGraphType : ObjectGraphType<Point>
{
    public GeoJsonPointGraphType()
    {
        Name = "GeoJSONPointType";
        Interface<GeoJsonInterfaceGraphType>();
        Field<NonNullGraphType<GeoJsonGeometryGraphType>>("type").Resolve(_ => "Point");
        Field<PositionGraphType>("coordinates").Resolve(context => context.Source.Coordinate);
        Field<ListGraphType<FloatGraphType>>("bbox").Resolve(context => new[] { context.Source.X, context.Source.Y, context.Source.X, context.Source.Y });
        Field<IntGraphType>("crs").Resolve(context => context.Source.SRID);
    }
}
