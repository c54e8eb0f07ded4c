using Network.Server.GraphQL.Mutations;

namespace Network.Server.Programmes;

/// <summary>The employer has not joined the programme: its gaps cannot be targeted and its mentors cannot enrol.</summary>
public sealed record EmployerNotInProgrammeError(string Message, string EmployerId) : UserError(Message);
