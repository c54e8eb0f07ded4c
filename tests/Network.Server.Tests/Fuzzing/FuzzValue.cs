using System.Globalization;
using System.Text;

namespace Network.Server.Tests.Fuzzing;

/// <summary>A generated value, written both as JSON (for variables) and as a GraphQL literal (inline in the document).</summary>
public sealed record FuzzValue(string Json, string Literal)
{
    public static readonly FuzzValue Null = new("null", "null");

    public static FuzzValue Text(string value) => new(Quote(value), Quote(value));

    public static FuzzValue Enum(string name) => new(Quote(name), name);

    /// <summary>A number as written, so that values no .NET number holds (1e309, 2^63) reach the server as text.</summary>
    public static FuzzValue Number(string text) => new(text, text);

    public static FuzzValue Number(long value) => Number(value.ToString(CultureInfo.InvariantCulture));

    public static FuzzValue Boolean(bool value) => new(value ? "true" : "false", value ? "true" : "false");

    public static FuzzValue List(IEnumerable<FuzzValue> items)
    {
        var values = items.ToList();
        return new($"[{string.Join(",", values.Select(v => v.Json))}]", $"[{string.Join(", ", values.Select(v => v.Literal))}]");
    }

    public static FuzzValue Fields(IEnumerable<(string Name, FuzzValue Value)> fields)
    {
        var values = fields.ToList();
        return new(
            $"{{{string.Join(",", values.Select(f => $"{Quote(f.Name)}:{f.Value.Json}"))}}}",
            $"{{{string.Join(", ", values.Select(f => $"{f.Name}: {f.Value.Literal}"))}}}");
    }

    /// <summary>
    /// A string in JSON and GraphQL syntax alike: quotes, backslashes, control characters and surrogates
    /// escaped as <c>\uXXXX</c>, so that a lone surrogate is sent as the escape a client would write.
    /// </summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\n' => text.Append("\\n"),
                _ when c < ' ' || c == '\u007f' || char.IsSurrogate(c) => text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => text.Append(c),
            };
        }

        return text.Append('"').ToString();
    }
}
