using GraphQL.Types;

namespace Network.Server.GraphQL.Mutations;

/// <summary>
/// How a payload exposes its result field and its errors, and how to make a failed one.
/// <paramref name="CreateGraphType"/> makes the result field's type afresh for each schema: building a
/// schema resolves type references inside list and non-null types in place.
/// </summary>
public sealed record MutationResult<TPayload>(
    string FieldName,
    Func<IGraphType> CreateGraphType,
    Func<TPayload, object?> Read,
    Func<TPayload, IReadOnlyList<UserError>?> Errors,
    Func<IReadOnlyList<UserError>, TPayload> Fail);
