using System.Text.Json;
using System.Text.Json.Nodes;

namespace Network.Client;

/// <summary>
/// A field's arguments as written in the operation, with the values of its variables put in when a result is stored
/// or read: <c>pairings(first: $n)</c> with <c>n = 5</c> is stored under <c>pairings({"first":5})</c>.
/// </summary>
internal sealed class ArgumentTemplate(string template)
{
    private readonly JsonNode _template = JsonNode.Parse(template) ?? throw new ArgumentException("The arguments are null.", nameof(template));
    private readonly bool _constant = !template.Contains("\"$variable\"", StringComparison.Ordinal);
    private readonly string _text = template;

    public string Apply(OperationVariables variables) => _constant ? _text : Substitute(_template, variables)?.ToJsonString() ?? "null";

    private static JsonNode? Substitute(JsonNode? node, OperationVariables variables)
    {
        switch (node)
        {
            case JsonObject o when o.TryGetPropertyValue("$variable", out var name):
                return variables.TryGet(name!.GetValue<string>(), out var value)
                    ? JsonNode.Parse(value.GetRawText())
                    : o.TryGetPropertyValue("default", out var fallback) ? fallback?.DeepClone() : null;
            case JsonObject o:
                var copy = new JsonObject();
                foreach (var (key, item) in o)
                {
                    copy[key] = Substitute(item, variables);
                }

                return copy;
            case JsonArray a:
                return new JsonArray([.. a.Select(item => Substitute(item, variables))]);
            default:
                return node?.DeepClone();
        }
    }
}

/// <summary>An operation's variables as sent, so that the store can key fields by the arguments they were given.</summary>
internal sealed class OperationVariables
{
    public static readonly OperationVariables None = new(null);

    private readonly JsonElement? _values;

    private OperationVariables(JsonElement? values) => _values = values;

    /// <summary>The variables written as the request writes them.</summary>
    public static OperationVariables From(Action<Utf8JsonWriter>? writeVariables)
    {
        if (writeVariables is null)
        {
            return None;
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeVariables(writer);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return new OperationVariables(document.RootElement.Clone());
    }

    /// <summary>Writes the variables again as they were written, so that a request does not run the writers (and serializers) twice.</summary>
    public Action<Utf8JsonWriter>? Write => _values is { } values ? writer =>
    {
        foreach (var property in values.EnumerateObject())
        {
            property.WriteTo(writer);
        }
    }
    : null;

    public bool TryGet(string name, out JsonElement value)
    {
        if (_values is { } values && values.TryGetProperty(name, out value))
        {
            return true;
        }

        value = default;
        return false;
    }
}
