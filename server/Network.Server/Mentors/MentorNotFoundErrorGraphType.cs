using Network.Server.GraphQL.Errors;

namespace Network.Server.Mentors;

public sealed class MentorNotFoundErrorGraphType : ErrorGraphType<MentorNotFoundError>;
