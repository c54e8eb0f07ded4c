namespace Network.Server.GraphQL.Errors;

public sealed record DuplicateSkillError(string Message, string Field, string SkillId) : UserError(Message);
