using Network.Server.GraphQL.Mutations;

namespace Network.Server.Programmes;

/// <summary>The mentor has no enrolment in the programme.</summary>
public sealed record EnrolmentNotFoundError(string Message, string ProgrammeId, string MentorId) : UserError(Message);
