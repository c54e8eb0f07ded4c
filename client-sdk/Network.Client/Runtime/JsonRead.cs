using System.ComponentModel;
using System.Text.Json;

namespace Network.Client;

/// <summary>Reading generated results from JSON; used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonRead
{
    public static T? Nullable<T>(JsonElement json, Func<JsonElement, T> read)
        where T : class =>
        json.ValueKind == JsonValueKind.Null ? null : read(json);

    public static T? NullableValue<T>(JsonElement json, Func<JsonElement, T> read)
        where T : struct =>
        json.ValueKind == JsonValueKind.Null ? null : read(json);

    public static IReadOnlyList<T> List<T>(JsonElement json, Func<JsonElement, T> read)
    {
        var items = new List<T>(json.GetArrayLength());
        foreach (var item in json.EnumerateArray())
        {
            items.Add(read(item));
        }

        return items;
    }
}
