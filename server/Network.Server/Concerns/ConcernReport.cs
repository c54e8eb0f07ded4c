using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Concerns;

/// <summary>
/// A concern a programme's participant raised about one of their pairings or about another participant.
/// Seen by the programme's coordinators, administrators and the reporter; never by the person reported.
/// Its description is the reporter's personal data: exported to them, erased with their data.
/// </summary>
[Table("concern_reports")]
public sealed class ConcernReport
{
    public int Id { get; set; }

    public int ProgrammeId { get; set; }

    public int ReporterMentorId { get; set; }

    /// <summary>The reporter's employer, held so that the privacy layer needs no join.</summary>
    public int ReporterEmployerId { get; set; }

    /// <summary>The pairing the concern is about; null when it is about a person.</summary>
    public int? AboutPairingId { get; set; }

    /// <summary>The person the concern is about; null when it is about a pairing.</summary>
    public int? AboutMentorId { get; set; }

    public ConcernCategory Category { get; set; }

    /// <summary>What happened, in the reporter's words; null once the reporter erased their data.</summary>
    public string? Description { get; set; }

    public ConcernStatus Status { get; set; }

    public DateTimeOffset ReportedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>What coordinators did about the concern, oldest first.</summary>
    public List<ConcernActionRecord> Actions { get; set; } = [];
}
