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

    public static bool TryDeserialize(string? id, out string typeName, out int key)
    {
        typeName = string.Empty;
        key = 0;
        if (string.IsNullOrEmpty(id) || id.Length > 200 || !Base64.IsValid(id))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Convert.FromBase64String(id));
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0
            || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out key)
            || key <= 0)
        {
            return false;
        }

        typeName = text[..colon];
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
}
