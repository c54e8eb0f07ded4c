using System.Text.Json;

namespace Network.Client;

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
    public Action<Utf8JsonWriter>? Write => _values is { } values ? writer => WriteProperties(writer, values) : null;

    public bool TryGet(string name, out JsonElement value)
    {
        if (_values is { } values && values.TryGetProperty(name, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    private static void WriteProperties(Utf8JsonWriter writer, JsonElement values)
    {
        foreach (var property in values.EnumerateObject())
        {
            property.WriteTo(writer);
        }
    }
}
