using Network.Server.Auditing;
using Network.Server.Mentors;
using Network.Server.Pairings;

namespace Network.Server.PersonalData;

/// <summary>
/// Everything the network holds about a mentor: their profile, their pairings, the mentors they have blocked,
/// and every recorded action on their data.
/// </summary>
public sealed record PersonalDataExport(
    DateTimeOffset ExportedAt, Mentor Mentor, IReadOnlyList<Pairing> Pairings, IReadOnlyList<MentorBlock> Blocks, IReadOnlyList<AuditEntry> AuditLog);
