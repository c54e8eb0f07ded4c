using Network.Server.GraphQL.Mutations;

namespace Network.Server.Skills;

public sealed record DuplicateSkillError(string Message, string Field, string SkillId) : UserError(Message), IFieldError;
