using GraphQL;
using GraphQL.DI;

namespace Network.Server.Data;

/// <summary>
/// Turns the errors of a database that cannot be reached into one clear error with code <c>DATABASE_UNAVAILABLE</c>, so
/// that clients can retry instead of reading a generic failure. The connect timeout (see
/// <see cref="DataServiceCollectionExtensions.Tune"/>) bounds how long such a request waits.
/// </summary>
public sealed partial class DatabaseOutageErrors(ILogger<DatabaseOutageErrors> logger) : IConfigureExecution
{
    /// <summary>Inside the operation telemetry (50), which then counts the clear code, and outside the replica routing.</summary>
    public float SortOrder => 60;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var result = await next(options);
        if (result.Errors is not { Count: > 0 } errors || !errors.Any(e => DatabaseOutage.Caused(e.InnerException)))
        {
            return result;
        }

        Unavailable(logger, options.OperationName, errors.First(e => DatabaseOutage.Caused(e.InnerException)).InnerException!.Message);
        var mapped = new ExecutionErrors();
        foreach (var error in errors)
        {
            mapped.Add(DatabaseOutage.Caused(error.InnerException) ? Clear(error) : error);
        }

        result.Errors = mapped;
        return result;
    }

    private static ExecutionError Clear(ExecutionError error)
    {
        var clear = new ExecutionError(DatabaseOutage.Message) { Code = DatabaseOutage.Code, Path = error.Path };
        foreach (var location in error.Locations ?? [])
        {
            clear.AddLocation(location);
        }

        return clear;
    }

    [LoggerMessage(EventId = 40, Level = LogLevel.Warning, Message = "A GraphQL request (operation {OperationName}) failed because the database is unavailable: {Reason}")]
    private static partial void Unavailable(ILogger logger, string? operationName, string reason);
}
