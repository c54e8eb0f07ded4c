using Network.Server.GraphQL.Mutations;

namespace Network.Server.Skills;

public sealed record UnknownSkillError(string Message, string Field, string SkillId) : UserError(Message), IFieldError;
