using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Mentors;

/// <summary>
/// A mentor's block of another mentor: from then on the two are never suggested to each other, planned
/// together or paired, whichever of them blocked. Only the mentor who blocked and administrators see it;
/// the blocked mentor is never told.
/// </summary>
[Table("mentor_blocks")]
public sealed class MentorBlock
{
    /// <summary>The mentor who blocked.</summary>
    public int MentorId { get; set; }

    public int BlockedMentorId { get; set; }

    public DateTimeOffset BlockedAt { get; set; }
}
