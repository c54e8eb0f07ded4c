using System.Globalization;
using System.Text.Json.Serialization;

namespace Network.Server.GraphQL.Subscriptions;

/// <summary>
/// A change, published to the subscribers of every server instance: small by design (a topic, the changed row's ID,
/// what happened, and the few keys subscriptions filter on at the source). Each subscriber's field re-reads the row
/// with the subscriber's own rights, exactly as a query by the same caller would.
/// </summary>
public sealed record NetworkEvent(
    [property: JsonPropertyName("t")] string Topic,
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("k")] string Kind,
    [property: JsonPropertyName("f")] IReadOnlyDictionary<string, string>? Keys = null)
{
    /// <summary>A filter key's value, or null when the event has none.</summary>
    public string? Key(string name) => Keys is not null && Keys.TryGetValue(name, out var value) ? value : null;

    /// <summary>A filter key holding IDs (comma-separated); empty when the event has none.</summary>
    public long[] Ids(string name) =>
        Key(name) is { Length: > 0 } value ? [.. value.Split(',').Select(id => long.Parse(id, CultureInfo.InvariantCulture))] : [];

    /// <summary>A filter key holding a number, or null.</summary>
    public double? Number(string name) =>
        Key(name) is { Length: > 0 } value ? double.Parse(value, CultureInfo.InvariantCulture) : null;

    /// <summary>Formats IDs for <see cref="Keys"/>.</summary>
    public static string Join(IEnumerable<long> ids) => string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Formats a number for <see cref="Keys"/>.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
