using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Network.Server.GraphQL.Scalars;

/// <summary>HotChocolate's <c>Date</c>: a calendar date in ISO 8601 form (<c>2026-03-01</c>), carried as <see cref="DateOnly"/>.</summary>
public sealed class IsoDateGraphType : ScalarGraphType
{
    private const string Format = "yyyy-MM-dd";

    public IsoDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date without time or offset, in ISO 8601 form, such as 2026-03-01.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString(Format, CultureInfo.InvariantCulture),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => Parse(text),
        DateOnly d => d,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => Parse((string)s.Value),
        _ => ThrowLiteralConversionError(value),
    };

    private static DateOnly Parse(string text) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"'{text}' is not an ISO 8601 date such as 2026-03-01.");
}
