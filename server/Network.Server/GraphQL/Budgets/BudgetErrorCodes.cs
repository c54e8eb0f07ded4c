namespace Network.Server.GraphQL.Budgets;

/// <summary>The <c>extensions.code</c> of each refused budget.</summary>
public static class BudgetErrorCodes
{
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string MaxSelectionsExceeded = "MAX_SELECTIONS_EXCEEDED";
    public const string MaxFragmentsExceeded = "MAX_FRAGMENTS_EXCEEDED";
    public const string MaxComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";
    public const string PageSizeOutOfRange = "PAGE_SIZE_OUT_OF_RANGE";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";
}
