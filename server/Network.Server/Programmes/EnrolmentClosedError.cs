using Network.Server.GraphQL.Mutations;

namespace Network.Server.Programmes;

/// <summary>The programme is not taking employers or mentors any more: its enrolment deadline has passed.</summary>
public sealed record EnrolmentClosedError(string Message, DateOnly EnrolmentClosesOn) : UserError(Message);
