using GraphQL.Types;

namespace Network.Server.GraphQL.Errors;

/// <summary>How a payload exposes its result field and its errors, and how to make a failed one.</summary>
public sealed record MutationResult<TPayload>(
    string FieldName,
    IGraphType GraphType,
    Func<TPayload, object?> Read,
    Func<TPayload, IReadOnlyList<UserError>?> Errors,
    Func<IReadOnlyList<UserError>, TPayload> Fail);
