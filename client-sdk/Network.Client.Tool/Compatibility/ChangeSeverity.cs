namespace Network.Client.Tool.Compatibility;

/// <summary>What a schema change does to existing clients, in graphql-inspector's three classes.</summary>
internal enum ChangeSeverity
{
    /// <summary>An operation that was valid may now fail: a removal, a narrower input, a new requirement.</summary>
    Breaking,

    /// <summary>Operations stay valid but a client may meet what it does not expect: a new enum value or union member, another default.</summary>
    Dangerous,

    /// <summary>Nothing a client relies on changes: an addition.</summary>
    Safe,
}
