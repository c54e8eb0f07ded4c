using Network.Server.GraphQL.Mutations;

namespace Network.Server.Concerns;

/// <summary>
/// A concern may not be about what <see cref="Field"/> names: a pairing that is not the reporter's within
/// the programme, a mentor who is not a participant of it, or the reporter themself.
/// </summary>
public sealed record InvalidConcernSubjectError(string Message, string Field, string Id) : UserError(Message), IFieldError;
