using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Sessions;

/// <summary>
/// A meeting of a pairing's two mentors. Its start and end are stored in UTC, with the time zone it was
/// scheduled in, so that calendars show it at the local time the mentors agreed. The two mentors are held
/// on the row, so that one mentor's sessions across pairings can be checked for overlaps by index.
/// </summary>
[Table("pairing_sessions")]
public sealed class PairingSession
{
    public int Id { get; set; }

    public int PairingId { get; set; }

    public int MentorAId { get; set; }

    public int MentorBId { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    /// <summary>The IANA time zone the session was scheduled in, such as Europe/London.</summary>
    public required string TimeZone { get; set; }

    public int DurationMinutes { get; set; }

    public SessionFormat Format { get; set; }

    public string? OnlineLink { get; set; }

    public string? VenuePostcode { get; set; }

    /// <summary>The skills the session is to work on: skills the pairing teaches, one way or the other.</summary>
    public List<int> AgendaSkillIds { get; set; } = [];

    /// <summary>Goals of the pairing's agreement the session works on; their skills are in <see cref="AgendaSkillIds"/> too.</summary>
    public List<int> AgendaGoalIds { get; set; } = [];

    public SessionStatus Status { get; set; }

    public int ScheduledByMentorId { get; set; }

    public DateTimeOffset ScheduledAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>How many times the session was moved.</summary>
    public int RescheduleCount { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public int? CancelledByMentorId { get; set; }

    public string? CancellationReason { get; set; }

    /// <summary>Who mentor A says did not come (empty: both came); null until mentor A reports.</summary>
    public List<int>? AbsentReportedByA { get; set; }

    /// <summary>Who mentor B says did not come (empty: both came); null until mentor B reports.</summary>
    public List<int>? AbsentReportedByB { get; set; }

    /// <summary>When both reports were in.</summary>
    public DateTimeOffset? ReportedAt { get; set; }

    public bool Involves(int mentorId) => MentorAId == mentorId || MentorBId == mentorId;
}
