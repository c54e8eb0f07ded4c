using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Agreements;

/// <summary>
/// A goal of a pairing agreement: something its owner wants to learn from their partner, tied to a skill the
/// partner teaches them. The statement is the owner's personal data, which their partner also reads.
/// </summary>
[Table("agreement_goals")]
public sealed class AgreementGoal
{
    public int Id { get; set; }

    public int AgreementId { get; set; }

    /// <summary>The agreement's pairing, held so that the privacy layer needs no join.</summary>
    public int PairingId { get; set; }

    /// <summary>The goal's place in the agreement, from 0.</summary>
    public int Position { get; set; }

    /// <summary>The goal in the owner's words; null once the owner erased their data.</summary>
    public string? Statement { get; set; }

    public int SkillId { get; set; }

    /// <summary>The mentor who wants to learn: one of the pairing's two.</summary>
    public int OwnerMentorId { get; set; }

    /// <summary>The owner's employer, held so that the privacy layer needs no join.</summary>
    public int OwnerEmployerId { get; set; }
}
