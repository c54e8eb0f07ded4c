namespace Network.Client.Generator;

/// <summary>Where generated code finds the client runtime (<c>Network.Client</c>'s executor, JSON helpers and attributes).</summary>
internal static class Runtime
{
    /// <summary>Fully qualified, so that no type in a consumer's own namespace can hide it.</summary>
    public const string Namespace = "global::Network.Client";
}
