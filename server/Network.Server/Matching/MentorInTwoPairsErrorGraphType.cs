using Network.Server.GraphQL.Errors;

namespace Network.Server.Matching;

public sealed class MentorInTwoPairsErrorGraphType : ErrorGraphType<MentorInTwoPairsError>;
