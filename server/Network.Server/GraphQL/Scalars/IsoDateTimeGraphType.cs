using System.Globalization;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Network.Server.GraphQL.Directives;

namespace Network.Server.GraphQL.Scalars;

/// <summary>HotChocolate's <c>DateTime</c>: an ISO 8601 date and time with offset, carried as <see cref="DateTimeOffset"/>.</summary>
public sealed class IsoDateTimeGraphType : ScalarGraphType
{
    /// <summary>The date-time scalar of graphql-scalars.com, which HotChocolate's <c>DateTime</c> names too.</summary>
    public const string SpecificationUrl = "https://www.graphql-scalars.com/date-time";

    public IsoDateTimeGraphType()
    {
        Name = "DateTime";
        Description = "A date and time with offset, in ISO 8601 form, such as 2026-03-01T09:30:00.000Z.";
        this.ApplyDirective(SpecifiedByDirective.DirectiveName, "url", SpecificationUrl);
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTimeOffset d => d.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        DateTime d => new DateTimeOffset(d.ToUniversalTime()).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => Parse(text),
        DateTimeOffset d => d.ToUniversalTime(),
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => Parse((string)s.Value),
        _ => ThrowLiteralConversionError(value),
    };

    private static DateTimeOffset Parse(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) && text.Contains('T', StringComparison.Ordinal)
            ? value.ToUniversalTime()
            : throw new FormatException($"'{text}' is not an ISO 8601 date and time.");
}
