using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Webinars;

/// <summary>
/// A place at a webinar, or on its waiting list, taken by a mentor for themself or by an employer's admin for
/// the employer: exactly one of <see cref="MentorId"/> and <see cref="EmployerId"/>.
/// </summary>
[Table("webinar_registrations")]
public sealed class WebinarRegistration
{
    public int Id { get; set; }

    public int WebinarId { get; set; }

    public int? MentorId { get; set; }

    public int? EmployerId { get; set; }

    public WebinarRegistrationStatus Status { get; set; }

    /// <summary>When they registered; the waiting list moves up in this order.</summary>
    public DateTimeOffset RegisteredAt { get; set; }

    /// <summary>The identity-provider subject of whoever registered.</summary>
    public required string RegisteredBySubject { get; set; }

    /// <summary>When the registrant gave it up, or when the webinar was cancelled.</summary>
    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>Whether they came, as the organiser recorded after the start; null until then.</summary>
    public bool? Attended { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Whether it holds a seat or a place on the waiting list.</summary>
    public bool IsLive => Status is WebinarRegistrationStatus.Registered or WebinarRegistrationStatus.Waitlisted;

    /// <summary>Marks it as the registrant's notice that the webinar was cancelled; only a live registration gets one.</summary>
    public void NoticeCancellation(DateTimeOffset at)
    {
        Status = WebinarRegistrationStatus.WebinarCancelled;
        CancelledAt = at;
        UpdatedAt = at;
    }
}
