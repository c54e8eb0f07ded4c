using GraphQL.Types;
using GraphQLParser.AST;

namespace Network.Server.GraphQL.Scalars;

/// <summary>
/// The built-in <c>String</c>, refusing text that no database column can store: a lone surrogate (a
/// literal may escape one, <c>"\ud800"</c>, which the specification does not allow) and the NUL
/// character, which PostgreSQL's text refuses.
/// </summary>
public sealed class UnicodeStringGraphType : StringGraphType
{
    public UnicodeStringGraphType() => Name = "String";

    public override object? ParseLiteral(GraphQLValue value) => Checked(base.ParseLiteral(value));

    public override object? ParseValue(object? value) => Checked(base.ParseValue(value));

    public override bool CanParseLiteral(GraphQLValue value) => base.CanParseLiteral(value) && IsUnicode(base.ParseLiteral(value));

    public override bool CanParseValue(object? value) => base.CanParseValue(value) && IsUnicode(base.ParseValue(value));

    private static object? Checked(object? parsed) =>
        IsUnicode(parsed) ? parsed : throw new FormatException("The text holds a NUL character or a lone surrogate, which no text can be stored with.");

    private static bool IsUnicode(object? parsed)
    {
        if (parsed is not string text)
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]) || text[i] == '\0')
            {
                return false;
            }
        }

        return true;
    }
}
