namespace Network.Server.GraphQL.Budgets;

/// <summary>The cost the budget check found for the operation, kept in the request's user context for those that report it.</summary>
public static class OperationCostReport
{
    private const string Key = "operationCost";

    public static double? Of(IDictionary<string, object?> userContext) =>
        userContext.TryGetValue(Key, out var cost) && cost is double value ? value : null;

    internal static void Record(IDictionary<string, object?> userContext, double cost) => userContext[Key] = cost;
}
