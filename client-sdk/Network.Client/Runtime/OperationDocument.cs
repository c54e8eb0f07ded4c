using System.Text.Json;

namespace Network.Client;

public enum OperationKind
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>A generated operation's document, exactly as sent, and its SHA-256 hash (lower-case hex) for persisted operations.</summary>
public sealed record OperationDocument(string Name, OperationKind Kind, string Text, string Hash)
{
    /// <summary>
    /// Writes the request for this operation as one JSON object, the same over HTTP and as a WebSocket <c>subscribe</c>
    /// payload: its text, or with <paramref name="persisted"/> its <c>documentId</c>; its name; its variables.
    /// </summary>
    internal void WriteRequest(Utf8JsonWriter writer, bool persisted, Action<Utf8JsonWriter>? writeVariables)
    {
        writer.WriteStartObject();
        if (persisted)
        {
            writer.WriteString("documentId", "sha256:" + Hash);
        }
        else
        {
            writer.WriteString("query", Text);
        }

        writer.WriteString("operationName", Name);
        if (writeVariables is not null)
        {
            writer.WriteStartObject("variables");
            writeVariables(writer);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
