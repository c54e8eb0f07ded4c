using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GraphQL;

namespace Network.Server.GraphQL.Relay;

/// <summary>Opaque node IDs in HotChocolate's format: base64 of <c>TypeName:key</c>.</summary>
public static class GlobalId
{
    public static string Serialize(string typeName, int key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{key.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>
    /// Reads an ID as HotChocolate does: standard or URL-safe base64, padded or not, of <c>Type:key</c>
    /// (HotChocolate 14 and 15) or of <c>Type\ni42</c> (HotChocolate 13: a newline, a type code, the key).
    /// </summary>
    public static bool TryDeserialize(string? id, out string typeName, out int key)
    {
        typeName = string.Empty;
        key = 0;
        if (string.IsNullOrEmpty(id) || id.Length > 200 || Decode(id) is not { } text)
        {
            return false;
        }

        var separator = text.IndexOfAny([':', '\n']);
        if (separator <= 0)
        {
            return false;
        }

        var value = text.AsSpan(separator + 1);
        if (text[separator] == '\n')
        {
            // HotChocolate 13 marks the key's type: 'i' int, 'l' long, 's' short; keys here are ints.
            if (value.Length < 2 || value[0] is not ('i' or 'l' or 's'))
            {
                return false;
            }

            value = value[1..];
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out key) || key <= 0)
        {
            return false;
        }

        typeName = text[..separator];
        return true;
    }

    /// <summary>The key of an ID that must name a <paramref name="expectedType"/>, or null when it does not.</summary>
    public static int? TryParse(string? id, string expectedType) =>
        TryDeserialize(id, out var typeName, out var key) && typeName == expectedType ? key : null;

    /// <summary>The key of an ID that must name a <paramref name="expectedType"/>; a GraphQL error otherwise.</summary>
    public static int Parse(string? id, string expectedType) =>
        TryParse(id, expectedType) ?? throw InvalidIdException(id, expectedType);

    public static ExecutionError InvalidIdException(string? id, string expectedType) =>
        TryDeserialize(id, out var typeName, out _)
            ? new ExecutionError($"The ID '{id}' is {Article(typeName)} {typeName} ID; {Article(expectedType)} {expectedType} ID is needed here.") { Code = "WRONG_ID_TYPE" }
            : new ExecutionError($"'{id}' is not a valid ID.") { Code = "INVALID_ID" };

    /// <summary>"a" or "an" before a type name, by its first letter.</summary>
    public static string Article(string typeName) =>
        typeName.Length > 0 && "AEIOU".Contains(char.ToUpperInvariant(typeName[0]), StringComparison.Ordinal) ? "an" : "a";

    /// <summary>The text an ID encodes: URL-safe characters are read as standard ones and missing padding is supplied.</summary>
    private static string? Decode(string id)
    {
        var standard = id.Replace('-', '+').Replace('_', '/');
        if (standard.Length % 4 is var remainder and not 0)
        {
            standard = remainder == 1 ? standard : standard.PadRight(standard.Length + 4 - remainder, '=');
        }

        if (!Base64.IsValid(standard))
        {
            return null;
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(Convert.FromBase64String(standard));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
