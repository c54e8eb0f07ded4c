using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Budgets;

/// <summary>Small budgets, so that tests can sit exactly on a limit with short documents.</summary>
public sealed class TightBudgetApp() : ConfiguredApp(new NetworkApp
{
    Settings = new Dictionary<string, string?>
    {
        ["GraphQL:Budgets:MaxDepth"] = "4",
        ["GraphQL:Budgets:MaxComplexity"] = "100",
    },
});
