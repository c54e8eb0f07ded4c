using Network.Server.GraphQL.Errors;

namespace Network.Server.Pairings;

public sealed class NoCommonFormatErrorGraphType : ErrorGraphType<NoCommonFormatError>;
