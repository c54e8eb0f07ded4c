using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Calendars;

/// <summary>
/// A mentor's private calendar feed. Only a hash of its secret is kept, so that the address cannot be read back
/// from the database; a new feed replaces the old one, and a revoked one answers nothing.
/// </summary>
[Table("calendar_feeds")]
public sealed class CalendarFeed
{
    public int MentorId { get; set; }

    /// <summary>The SHA-256 of the feed's secret, in hex; null once revoked.</summary>
    public string? TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>The feed's address, known only in the response that created it.</summary>
    [NotMapped]
    public string? Url { get; set; }
}
