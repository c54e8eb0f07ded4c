namespace Network.Server.GraphQL.Errors;

public sealed record UnknownSkillError(string Message, string Field, string SkillId) : UserError(Message);
