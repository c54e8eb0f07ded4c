namespace Network.Server.GraphQL.Errors;

public sealed class DuplicateSkillErrorGraphType : ErrorGraphType<DuplicateSkillError>;
