using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Feedback;

/// <summary>
/// One mentor's answers to the end-of-pairing survey. The scores are shown to others only in aggregate; the
/// comment is the author's alone (and administrators').
/// </summary>
[Table("pairing_surveys")]
public sealed class PairingSurvey
{
    public int PairingId { get; set; }

    public int AuthorMentorId { get; set; }

    /// <summary>The author's employer, held so that the privacy layer needs no join.</summary>
    public int AuthorEmployerId { get; set; }

    public int Satisfaction { get; set; }

    public int LikelihoodToRecommend { get; set; }

    public bool WouldDoAgain { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset CompletedAt { get; set; }
}
