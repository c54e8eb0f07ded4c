using Network.Server.Mentors;

namespace Network.Server.Privacy;

/// <summary>Everything the network holds about a mentor, and every recorded action on their data.</summary>
public sealed record PersonalDataExport(DateTimeOffset ExportedAt, Mentor Mentor, IReadOnlyList<AuditEntry> AuditLog);
