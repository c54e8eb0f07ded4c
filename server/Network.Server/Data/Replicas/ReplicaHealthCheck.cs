using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Network.Server.Data.Replicas;

/// <summary>Part of readiness: a replica that is down or behind degrades the server (queries use the primary) but never makes it unready.</summary>
public sealed class ReplicaHealthCheck(ReplicaMonitor monitor) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = await monitor.ProbeAsync(cancellationToken);
        return status.IsAvailable ? HealthCheckResult.Healthy(status.Description) : HealthCheckResult.Degraded(status.Description);
    }
}
