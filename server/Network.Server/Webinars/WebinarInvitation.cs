using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Webinars;

/// <summary>
/// An organiser's invitation to a webinar, to a mentor or to an employer (whose admins answer it): exactly one
/// of <see cref="MentorId"/> and <see cref="EmployerId"/>. One per webinar and invitee.
/// </summary>
[Table("webinar_invitations")]
public sealed class WebinarInvitation
{
    public int Id { get; set; }

    public int WebinarId { get; set; }

    public int? MentorId { get; set; }

    public int? EmployerId { get; set; }

    public WebinarInvitationStatus Status { get; set; }

    public DateTimeOffset InvitedAt { get; set; }

    /// <summary>The identity-provider subject of the organiser who invited.</summary>
    public required string InvitedBySubject { get; set; }

    public DateTimeOffset? RespondedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
