using Network.Server.GraphQL.Mutations;

namespace Network.Server.Agreements;

/// <summary>A goal is what its owner learns from their partner: its skill must be one the partner teaches them in the pairing.</summary>
public sealed record GoalSkillNotInPairingError(string Message, string Field, string SkillId) : UserError(Message), IFieldError;
