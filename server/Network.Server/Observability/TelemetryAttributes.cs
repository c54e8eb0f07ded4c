namespace Network.Server.Observability;

/// <summary>
/// Attribute names on our spans and metrics: the OpenTelemetry GraphQL semantic conventions where they
/// define one, otherwise names in the same style. None carries variables or any other personal data.
/// </summary>
public static class TelemetryAttributes
{
    public const string OperationName = "graphql.operation.name";
    public const string OperationType = "graphql.operation.type";

    /// <summary>SHA-256 of the document text, in lowercase hex: the same as a persisted operation's hash. The text itself may hold literals.</summary>
    public const string DocumentHash = "graphql.document.hash";

    public const string OperationCost = "graphql.operation.cost";
    public const string ErrorCodes = "graphql.error.codes";
    public const string ErrorCode = "graphql.error.code";
    public const string ErrorType = "error.type";
    public const string Budget = "graphql.budget";
    public const string DataLoaderName = "graphql.dataloader.name";
    public const string DataLoaderBatchSize = "graphql.dataloader.batch.size";

    /// <summary>Which database an operation reads from: <c>primary</c> or <c>replica</c> (set only when a replica is configured).</summary>
    public const string Database = "network.database";
}
