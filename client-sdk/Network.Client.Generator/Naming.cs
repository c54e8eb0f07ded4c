using System.Text;

namespace Network.Client.Generator;

/// <summary>C# names for GraphQL names.</summary>
internal static class Naming
{
    private static readonly HashSet<string> Keywords =
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    ];

    /// <summary><c>totalCount</c> → <c>TotalCount</c>, <c>__typename</c> → <c>Typename</c>.</summary>
    public static string Pascal(string name)
    {
        var trimmed = name.TrimStart('_');
        return trimmed.Length == 0 ? "Value" : char.ToUpperInvariant(trimmed[0]) + trimmed[1..];
    }

    /// <summary><c>ENGINEERING_MANUFACTURING</c> → <c>EngineeringManufacturing</c>.</summary>
    public static string EnumMember(string value)
    {
        var builder = new StringBuilder();
        foreach (var part in value.Split('_', StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(char.ToUpperInvariant(part[0])).Append(part[1..].ToLowerInvariant());
        }

        return builder.Length == 0 ? "Value" : builder.ToString();
    }

    /// <summary>A parameter or local name: <c>radiusKm</c>, or <c>@event</c> for a keyword.</summary>
    public static string Camel(string name)
    {
        var trimmed = name.TrimStart('_');
        var camel = trimmed.Length == 0 ? "value" : char.ToLowerInvariant(trimmed[0]) + trimmed[1..];
        return Keywords.Contains(camel) ? "@" + camel : camel;
    }

    /// <summary>A C# string literal for any text.</summary>
    public static string Literal(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Text for an XML documentation comment.</summary>
    public static string Xml(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
