using Network.Server.GraphQL.Mutations;

namespace Network.Server.Agreements;

/// <summary>A mentor proposes or confirms an agreement only by acknowledging that what is said in the pairing stays in it.</summary>
public sealed record ConfidentialityNotAcknowledgedError(string Message, string Field) : UserError(Message), IFieldError;
