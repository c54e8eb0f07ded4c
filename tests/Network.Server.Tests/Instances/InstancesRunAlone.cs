namespace Network.Server.Tests.Instances;

/// <summary>
/// Tests that run server instances, redis-server and nginx as processes of their own, and stop or kill them: alone,
/// so that their start-ups and shutdowns do not compete with other tests for the machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class InstancesRunAlone
{
    public const string Name = "Instances";
}
