using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Budgets;

/// <summary>A cost limit of 0: every operation that costs anything is refused with its cost in the message.</summary>
public sealed class CostMeterApp() : ConfiguredApp(new NetworkApp
{
    Settings = new Dictionary<string, string?> { ["GraphQL:Budgets:MaxComplexity"] = "0" },
});
