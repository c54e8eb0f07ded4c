using System.Text.Json;
using System.Text.Json.Nodes;

namespace Network.Client;

/// <summary>Normalises one result into the store's records, noting which records it changed.</summary>
internal sealed class StoreWriter(Dictionary<string, JsonObject> records, OperationVariables variables, HashSet<string> changed)
{
    /// <summary>Merges the fields of <paramref name="json"/>, selected by <paramref name="plan"/>, into the record <paramref name="key"/>.</summary>
    public void Merge(string key, SelectionPlan plan, JsonElement json)
    {
        if (!records.TryGetValue(key, out var record))
        {
            records[key] = record = [];
            changed.Add(key);
        }

        if (MergeFields(record, plan, json))
        {
            changed.Add(key);
        }
    }

    /// <summary>Stores the entities within <paramref name="json"/>, the root of a mutation or an event, which is not kept itself.</summary>
    public void Normalise(SelectionPlan plan, JsonElement json) => Value(plan, json);

    private bool MergeFields(JsonObject record, SelectionPlan plan, JsonElement json)
    {
        var own = plan.For(TypeName(json));
        var any = false;
        foreach (var field in own.Fields)
        {
            if (!json.TryGetProperty(field.ResponseKey, out var value))
            {
                continue;
            }

            var key = field.StoreKey(variables);
            var node = field.Selection is { } selection ? Value(selection, value) : Scalar(value);
            if (field.Selection is not null && record.TryGetPropertyValue(key, out var existing) && Mergeable(existing, node))
            {
                // Objects without an id live in their parent: merge them, so that fields other operations read of them stay.
                any |= MergeInline(existing!, node!);
                continue;
            }

            if (!record.ContainsKey(key) || !JsonNode.DeepEquals(record[key], node))
            {
                record[key] = node;
                any = true;
            }
        }

        return any;
    }

    /// <summary>An object, a list or null as stored: an entity becomes a reference to its record.</summary>
    private JsonNode? Value(SelectionPlan plan, JsonElement json)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.Array:
                return new JsonArray([.. json.EnumerateArray().Select(item => Value(plan, item))]);
            case JsonValueKind.Object:
                var typeName = TypeName(json) ?? plan.TypeName;
                var own = plan.For(typeName);
                if (own.IsEntity && typeName is not null && json.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                {
                    var key = EntityStore.Key(typeName, id.GetString()!);
                    Merge(key, own, json);

                    // Its type is known by its key, so that an operation reading it through an interface or union finds it.
                    records[key].TryAdd("__typename", typeName);
                    return new JsonObject { ["__ref"] = key };
                }

                var inline = new JsonObject();
                MergeFields(inline, own, json);
                return inline;
            default:
                return null;
        }
    }

    /// <summary>
    /// Two objects without an id, which merge rather than replace. Lists are replaced: their items may have moved, and a
    /// watched result missing a field after that asks the server again.
    /// </summary>
    private static bool Mergeable(JsonNode? existing, JsonNode? node) =>
        existing is JsonObject old && node is JsonObject inline && !IsReference(old) && !IsReference(inline);

    private static bool MergeInline(JsonNode target, JsonNode source)
    {
        var into = (JsonObject)target;
        var any = false;
        foreach (var (key, value) in ((JsonObject)source).ToList())
        {
            if (into.TryGetPropertyValue(key, out var existing) && Mergeable(existing, value))
            {
                any |= MergeInline(existing!, value!);
            }
            else if (!into.ContainsKey(key) || !JsonNode.DeepEquals(existing, value))
            {
                into[key] = value?.DeepClone();
                any = true;
            }
        }

        return any;
    }

    internal static bool IsReference(JsonObject node) => node.ContainsKey("__ref");

    private static JsonNode? Scalar(JsonElement json) => json.ValueKind == JsonValueKind.Null ? null : JsonNode.Parse(json.GetRawText());

    private static string? TypeName(JsonElement json) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty("__typename", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
}
