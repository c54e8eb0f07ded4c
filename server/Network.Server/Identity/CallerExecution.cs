using GraphQL;
using GraphQL.DI;

namespace Network.Server.Identity;

/// <summary>Reads the caller from the request's principal once, for every resolver of the request to share.</summary>
public sealed class CallerExecution : IConfigureExecution
{
    public const string Key = "caller";

    public float SortOrder => 100;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        options.UserContext[Key] = Caller.From(options.User);
        return next(options);
    }
}
