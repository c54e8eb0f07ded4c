namespace Network.Server.Data.Replicas;

/// <summary>How queries use the read replica named by <c>ConnectionStrings:NetworkReplica</c>.</summary>
public sealed class ReplicaOptions
{
    public const string Section = "Database:Replica";

    /// <summary>A replica further behind than this is not used: queries go to the primary until it catches up.</summary>
    public TimeSpan MaxLag { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>After a replica could not be reached, how long queries go to the primary before it is tried again.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long the position of a caller's last write is remembered. A caller's queries read from the replica only once it has
    /// replayed that position. At least <see cref="MaxLag"/>: a replica that is used is never further behind than that.
    /// </summary>
    public TimeSpan ReadYourWritesWindow { get; set; } = TimeSpan.FromMinutes(1);
}
