using NpgsqlTypes;

namespace Network.Server.Data.Replicas;

/// <summary>What a probe of the replica found: usable, with the WAL position it has replayed, or not, and why.</summary>
public sealed record ReplicaStatus(bool IsAvailable, NpgsqlLogSequenceNumber Replayed, TimeSpan Lag, string Description)
{
    public static ReplicaStatus Available(NpgsqlLogSequenceNumber replayed, TimeSpan lag) =>
        new(true, replayed, lag, $"The replica has replayed up to {replayed}, {lag.TotalSeconds:0.###} s behind the primary.");

    public static ReplicaStatus Unavailable(string reason) => new(false, default, TimeSpan.Zero, $"Queries use the primary: {reason}");
}
