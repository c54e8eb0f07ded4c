using Network.Server.GraphQL.Mutations;

namespace Network.Server.Feedback;

/// <summary>A mentor checks in on their confidence in skills their partner teaches them in the pairing, and only those.</summary>
public sealed record SkillNotLearnedError(string Message, string Field, string SkillId) : UserError(Message), IFieldError;
