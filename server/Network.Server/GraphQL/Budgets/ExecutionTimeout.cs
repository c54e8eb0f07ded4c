using System.Globalization;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace Network.Server.GraphQL.Budgets;

/// <summary>
/// Cancels a request that runs longer than <see cref="RequestBudgetOptions.ExecutionTimeout"/>: the
/// cancellation reaches the resolvers and, through them, EF Core and PostgreSQL. The answer has
/// <c>data: null</c> and one error with code <c>EXECUTION_TIMEOUT</c>; the server goes on serving others.
/// </summary>
public sealed partial class ExecutionTimeout(IOptions<RequestBudgetOptions> budgets, ILogger<ExecutionTimeout> logger) : IConfigureExecution
{
    /// <summary>An option setting, so it runs before the document cache and covers parsing, validation and execution.</summary>
    public float SortOrder => 100;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var timeout = Timeout;
        if (timeout <= TimeSpan.Zero)
        {
            return await next(options);
        }

        options.Timeout = timeout;
        options.TimeoutAction = TimeoutAction.ReturnTimeoutError;
        var result = await next(options);
        if (result.Errors?.Any(e => e is TimeoutError) != true)
        {
            return result;
        }

        TimedOut(logger, options.OperationName, timeout.TotalMilliseconds);
        var seconds = timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        var error = new ExecutionError($"The request ran longer than its {seconds} s limit and was cancelled.") { Code = BudgetErrorCodes.ExecutionTimeout };

        // Execution had begun: the answer is a result with no data, like one whose root field failed.
        return new ExecutionResult
        {
            Errors = [error],
            Executed = true,
            Data = null,
            Perf = result.Perf,
        };
    }

    private TimeSpan Timeout => budgets.Value.ExecutionTimeout;

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "A GraphQL request (operation {OperationName}) ran past its {TimeoutMs} ms limit and was cancelled")]
    private static partial void TimedOut(ILogger logger, string? operationName, double timeoutMs);
}
