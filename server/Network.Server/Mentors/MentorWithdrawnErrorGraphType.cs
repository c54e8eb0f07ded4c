using Network.Server.GraphQL.Errors;

namespace Network.Server.Mentors;

public sealed class MentorWithdrawnErrorGraphType : ErrorGraphType<MentorWithdrawnError>;
