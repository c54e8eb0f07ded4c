using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Programmes;

/// <summary>
/// A mentor's place in a programme: nominated by their employer, enrolled with their consent and the
/// version of the code of conduct they accepted, or withdrawn. One per mentor and programme.
/// </summary>
[Table("programme_enrolments")]
public sealed class ProgrammeEnrolment
{
    public int Id { get; set; }

    public int ProgrammeId { get; set; }

    public int MentorId { get; set; }

    /// <summary>The mentor's employer, held so that its admins' access needs no join.</summary>
    public int EmployerId { get; set; }

    public EnrolmentStatus Status { get; set; }

    public DateTimeOffset? NominatedAt { get; set; }

    public string? NominatedBySubject { get; set; }

    public DateTimeOffset? EnrolledAt { get; set; }

    /// <summary>When the mentor consented to taking part (and to the programme's use of their data).</summary>
    public DateTimeOffset? ConsentGivenAt { get; set; }

    /// <summary>The version of the programme's code of conduct the mentor last accepted.</summary>
    public int? ConductVersion { get; set; }

    public DateTimeOffset? ConductAcceptedAt { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    public string? WithdrawalReason { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
