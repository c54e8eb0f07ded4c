using Network.Server.GraphQL.Mutations;

namespace Network.Server.Webinars;

/// <summary>A registration is for a mentor or for an employer: exactly one of mentorId and employerId.</summary>
public sealed record RegistrantRequiredError(string Message) : UserError(Message);
