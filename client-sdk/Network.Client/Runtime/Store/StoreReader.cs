using System.Text.Json.Nodes;

namespace Network.Client;

/// <summary>Builds a query's data, shaped as the server answers it, from the store's records; null when a field it selects is not kept.</summary>
internal sealed class StoreReader(Dictionary<string, JsonObject> records, OperationVariables variables, ISet<string> dependencies)
{
    public JsonObject? Read(SelectionPlan plan, JsonObject record)
    {
        var typeName = record.TryGetPropertyValue("__typename", out var name) && name is JsonValue value ? value.GetValue<string>() : plan.TypeName;
        var own = plan.For(typeName);
        var result = new JsonObject();
        foreach (var field in own.Fields)
        {
            if (!field.IsIncluded(variables))
            {
                continue;
            }

            if (!record.TryGetPropertyValue(field.StoreKey(variables), out var stored))
            {
                return null;
            }

            if (field.Selection is null)
            {
                result[field.ResponseKey] = stored?.DeepClone();
            }
            else if (Value(field.Selection, stored, out var read))
            {
                result[field.ResponseKey] = read;
            }
            else
            {
                return null;
            }
        }

        return result;
    }

    private bool Value(SelectionPlan plan, JsonNode? stored, out JsonNode? read)
    {
        read = null;
        switch (stored)
        {
            case null:
                return true;
            case JsonArray list:
                var items = new JsonArray();
                foreach (var item in list)
                {
                    if (!Value(plan, item, out var one))
                    {
                        return false;
                    }

                    items.Add(one);
                }

                read = items;
                return true;
            case JsonObject reference when StoreWriter.IsReference(reference):
                var key = reference["__ref"]!.GetValue<string>();
                dependencies.Add(key);
                read = records.TryGetValue(key, out var entity) ? Read(plan, entity) : null;
                return read is not null;
            case JsonObject inline:
                read = Read(plan, inline);
                return read is not null;
            default:
                return false;
        }
    }
}
