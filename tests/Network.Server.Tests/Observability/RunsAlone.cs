namespace Network.Server.Tests.Observability;

/// <summary>
/// Activity and meter listeners are process-wide: these tests run alone, so that the spans and metrics
/// they read come from their own server only.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Observability";
}
