namespace Network.Server.Tests.Replication;

/// <summary>
/// Tests that start, stop and replicate PostgreSQL clusters of their own run one class at a time: each start or base backup
/// is heavy, and an outage they cause must not share the machine with timing-sensitive tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OwnClusters
{
    public const string Name = "Own clusters";
}
