namespace Network.Server.GraphQL.Ide;

internal static partial class IdeLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "GraphQL:Ide is on, but this build has no IDE bundle in {Directory}: browsers get a page saying so. Build the server with Node.js and npm on the PATH.")]
    public static partial void BundleMissing(ILogger logger, string directory);
}
