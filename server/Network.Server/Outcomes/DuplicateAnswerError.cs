using Network.Server.GraphQL.Mutations;

namespace Network.Server.Outcomes;

/// <summary>The same mentor or gap is answered for twice in one confirmation.</summary>
public sealed record DuplicateAnswerError(string Message, string Field, string Id) : UserError(Message), IFieldError;
