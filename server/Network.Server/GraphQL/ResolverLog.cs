namespace Network.Server.GraphQL;

internal static partial class ResolverLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "A resolver failed")]
    public static partial void Failed(ILogger logger, Exception exception);
}
