namespace Network.Server.GraphQL.Errors;

public sealed class PostcodeOutsideRegionErrorGraphType : ErrorGraphType<PostcodeOutsideRegionError>;
