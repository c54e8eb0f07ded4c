using GraphQL.Types;
using NetTopologySuite.Geometries;

namespace Network.Server.GraphQL.Spatial;

public sealed class GeoJsonMultiPolygonGraphType : ObjectGraphType<MultiPolygon>
{
    public GeoJsonMultiPolygonGraphType()
    {
        Name = "GeoJSONMultiPolygonType";
        Interface<GeoJsonInterfaceGraphType>();
        Field<NonNullGraphType<GeoJsonGeometryGraphType>>("type").Resolve(_ => "MultiPolygon");
        Field<CoordinatesGraphType>("coordinates").Description("The \"coordinates\" field is an array of Polygon coordinate arrays.")
            .Resolve(c => c.Source.Geometries.Cast<Polygon>()
                .Select(p => new[] { p.ExteriorRing }.Concat(p.InteriorRings).Select(r => r.Coordinates.Select(x => new[] { x.X, x.Y }).ToArray()).ToArray())
                .ToArray());
        Field<ListGraphType<FloatGraphType>>("bbox").Resolve(c => new[] { c.Source.EnvelopeInternal.MinX, c.Source.EnvelopeInternal.MinY, c.Source.EnvelopeInternal.MaxX, c.Source.EnvelopeInternal.MaxY });
        Field<IntGraphType>("crs").Resolve(c => c.Source.SRID);
    }
}
