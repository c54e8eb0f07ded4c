using System.Text.Json;

namespace Network.Server.GraphQL.Transport.WebSockets;

/// <summary>The message types of the <c>graphql-transport-ws</c> protocol.</summary>
public static class MessageTypes
{
    public const string ConnectionInit = "connection_init";
    public const string ConnectionAck = "connection_ack";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Next = "next";
    public const string Error = "error";
    public const string Complete = "complete";
}

/// <summary>
/// A message from the client: its <see cref="Type"/>, its <see cref="Id"/> when it has one, and its
/// <see cref="Payload"/> (a clone, independent of the text it was read from) when it has one.
/// </summary>
public sealed record OperationMessage(string Type, string? Id, JsonElement? Payload)
{
    /// <summary>Reads a message, or says in <paramref name="problem"/> why the text is not one.</summary>
    public static OperationMessage? Read(ReadOnlyMemory<byte> text, out string problem)
    {
        problem = string.Empty;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            problem = "Invalid message received: not JSON";
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var type)
                || type.ValueKind != JsonValueKind.String)
            {
                problem = "Invalid message received: a message is an object with a string 'type'";
                return null;
            }

            string? id = null;
            if (root.TryGetProperty("id", out var idElement) && idElement.ValueKind != JsonValueKind.Null)
            {
                if (idElement.ValueKind != JsonValueKind.String)
                {
                    problem = "Invalid message received: 'id' must be a string";
                    return null;
                }

                id = idElement.GetString();
            }

            JsonElement? payload = root.TryGetProperty("payload", out var payloadElement) && payloadElement.ValueKind != JsonValueKind.Null
                ? payloadElement.Clone()
                : null;
            return new OperationMessage(type.GetString()!, id, payload);
        }
    }
}
