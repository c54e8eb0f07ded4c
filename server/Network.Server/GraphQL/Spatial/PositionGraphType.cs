using GraphQL.Types;
using GraphQLParser.AST;
using NetTopologySuite.Geometries;

namespace Network.Server.GraphQL.Spatial;

/// <summary>A GeoJSON position: <c>[longitude, latitude]</c>.</summary>
public sealed class PositionGraphType : ScalarGraphType
{
    public PositionGraphType()
    {
        Name = "Position";
        Description = "A GeoJSON position: [longitude, latitude] in WGS 84 degrees.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        Coordinate c => new[] { c.X, c.Y },
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        IEnumerable<object?> items => ToCoordinate(items.Select(i => i switch
        {
            double d => d,
            int n => n,
            long n => n,
            decimal m => (double)m,
            _ => double.NaN,
        }).ToList()),
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLListValue list => ToCoordinate(list.Values?.Select(v => v switch
        {
            GraphQLFloatValue f => double.Parse(f.Value.Span, provider: System.Globalization.CultureInfo.InvariantCulture),
            GraphQLIntValue i => double.Parse(i.Value.Span, provider: System.Globalization.CultureInfo.InvariantCulture),
            _ => double.NaN,
        }).ToList() ?? []),
        _ => ThrowLiteralConversionError(value),
    };

    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLNullValue || value is GraphQLListValue { Values.Count: 2 or 3 };

    public override bool CanParseValue(object? value) => value is null || value is IEnumerable<object?>;

    private static Coordinate ToCoordinate(List<double> values)
    {
        if (values.Count is < 2 or > 3 || values.Any(double.IsNaN))
        {
            throw new FormatException("A position is a list of two numbers: [longitude, latitude].");
        }

        return new Coordinate(values[0], values[1]);
    }
}
