using System.Diagnostics;

namespace Network.Server.Observability;

/// <summary>The server's own spans: one per GraphQL operation and one per data-loader batch.</summary>
public static class NetworkTracing
{
    public const string SourceName = "Network.Server.GraphQL";

    internal static readonly ActivitySource Source = new(SourceName);

    /// <summary>A span for one data-loader batch, a child of the operation that awaited it; null when nobody listens.</summary>
    internal static Activity? StartBatch(string loader, int size)
    {
        var activity = Source.StartActivity(loader);
        activity?.SetTag(TelemetryAttributes.DataLoaderName, loader);
        activity?.SetTag(TelemetryAttributes.DataLoaderBatchSize, size);
        return activity;
    }
}
