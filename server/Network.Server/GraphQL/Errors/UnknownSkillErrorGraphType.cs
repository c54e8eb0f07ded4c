namespace Network.Server.GraphQL.Errors;

public sealed class UnknownSkillErrorGraphType : ErrorGraphType<UnknownSkillError>;
