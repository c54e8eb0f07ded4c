namespace Network.Client;

public enum OperationKind
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>A generated operation's document, exactly as sent, and its SHA-256 hash (lower-case hex) for persisted operations.</summary>
public sealed record OperationDocument(string Name, OperationKind Kind, string Text, string Hash);
