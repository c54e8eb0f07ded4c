namespace Network.Server.GraphQL.Errors;

public sealed class PostcodeNotFoundErrorGraphType : ErrorGraphType<PostcodeNotFoundError>;
