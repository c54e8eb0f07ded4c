namespace Network.Server.GraphQL.Access;

/// <summary>Whose personal data an object holds: a mentor, and the employer whose admins may see it.</summary>
public readonly record struct DataSubject(int MentorId, int EmployerId);
