using GraphQL.Types;
using GraphQLParser.AST;

namespace Network.Server.GraphQL.Spatial;

/// <summary>The <c>coordinates</c> of a GeoJSON geometry other than a point: nested arrays of positions, as GeoJSON writes them.</summary>
public sealed class CoordinatesGraphType : ScalarGraphType
{
    public CoordinatesGraphType()
    {
        Name = "Coordinates";
        Description = "GeoJSON coordinates: nested arrays of [longitude, latitude] positions in WGS 84 degrees, as the geometry type prescribes.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        double[][][][] multiPolygon => multiPolygon,
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => ThrowValueConversionError(value);

    public override object? ParseLiteral(GraphQLValue value) => ThrowLiteralConversionError(value);
}
