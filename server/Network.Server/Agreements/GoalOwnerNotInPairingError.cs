using Network.Server.GraphQL.Mutations;

namespace Network.Server.Agreements;

/// <summary>A goal belongs to one of the pairing's two mentors; the mentor named is neither.</summary>
public sealed record GoalOwnerNotInPairingError(string Message, string Field, string MentorId) : UserError(Message), IFieldError;
