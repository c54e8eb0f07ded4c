using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Sessions;

/// <summary>A mentor's private note on a session: theirs alone (and administrators'), never their partner's.</summary>
[Table("session_notes")]
public sealed class SessionNote
{
    public int SessionId { get; set; }

    public int AuthorMentorId { get; set; }

    /// <summary>The author's employer, held so that the privacy layer needs no join.</summary>
    public int AuthorEmployerId { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
