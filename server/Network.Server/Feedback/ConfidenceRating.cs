using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Feedback;

/// <summary>How confident a mentor is, 1 to 5, in a skill they are learning in a pairing, at one stage of it.</summary>
[Table("confidence_ratings")]
public sealed class ConfidenceRating
{
    public int PairingId { get; set; }

    public int MentorId { get; set; }

    public ConfidenceStage Stage { get; set; }

    public int SkillId { get; set; }

    public int Confidence { get; set; }

    public DateTimeOffset RatedAt { get; set; }
}
