using System.Globalization;
using System.Text;

namespace Network.Client.Tool.Introspection;

/// <summary>GraphQL string literals: quoted for one line, block strings for descriptions of several.</summary>
internal static class SdlStrings
{
    public static string Quoted(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    public static string Description(string value, string indent)
    {
        if (!value.Contains('\n', StringComparison.Ordinal))
        {
            return Quoted(value);
        }

        var lines = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal).Split('\n');
        return $"\"\"\"\n{string.Join("\n", lines.Select(l => l.Length == 0 ? l : indent + l))}\n{indent}\"\"\"";
    }
}
