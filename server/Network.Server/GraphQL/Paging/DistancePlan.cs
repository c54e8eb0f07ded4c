namespace Network.Server.GraphQL.Paging;

/// <summary>How the statements of a page ordered by distance are planned (see <see cref="DistancePages{T}"/>).</summary>
public static class DistancePlan
{
    /// <summary>
    /// For the rest of the page's transaction: walk the index rather than sort, plan each statement for its own values,
    /// and compile nothing. Sent in the same command as the page's keys.
    /// </summary>
    public const string Settings = "SET LOCAL enable_sort = off; SET LOCAL plan_cache_mode = force_custom_plan; SET LOCAL jit = off";
}
