namespace Network.Server.GraphQL.Transport.PersistedOperations;

/// <summary>The configuration section <c>PersistedOperations</c>.</summary>
public sealed class PersistedOperationOptions
{
    public const string Section = "PersistedOperations";

    /// <summary>
    /// The folder of <c>&lt;sha256&gt;.graphql</c> files and JSON manifests loaded at start-up, absolute
    /// or relative to the content root; none by default.
    /// </summary>
    public string? Directory { get; set; }

    /// <summary>Refuse requests that carry document text: only persisted operations run (meant for production).</summary>
    public bool OnlyPersisted { get; set; }
}
