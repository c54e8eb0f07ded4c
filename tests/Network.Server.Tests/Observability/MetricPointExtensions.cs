using OpenTelemetry.Metrics;

namespace Network.Server.Tests.Observability;

public static class MetricPointExtensions
{
    public static object? Tag(this MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value;
            }
        }

        return null;
    }
}
