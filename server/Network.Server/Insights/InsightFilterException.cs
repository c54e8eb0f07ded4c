using GraphQL;

namespace Network.Server.Insights;

/// <summary>A grouping or filter the figures cannot be given for, with what to do instead.</summary>
public sealed class InsightFilterException : ExecutionError
{
    public const string ErrorCode = "INVALID_INSIGHTS_FILTER";

    public InsightFilterException(string message)
        : base(message) => Code = ErrorCode;
}
