namespace Network.Server.GraphQL.Paging;

public static class ConnectionMetadata
{
    /// <summary>Set on every connection type, so that schema visitors can look through it to its nodes.</summary>
    public const string IsConnectionKey = "network:connection";
}
