using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Pairings;

/// <summary>A skill one side of a pairing teaches the other.</summary>
[Table("pairing_skills")]
public sealed class PairingSkill
{
    public int PairingId { get; set; }

    /// <summary>The side whose mentor teaches the skill.</summary>
    public PairingSide Teacher { get; set; }

    public int SkillId { get; set; }

    /// <summary>Whether the skill addressed an open skills gap of the learner's employer when the pairing was proposed.</summary>
    public bool AddressesGap { get; set; }
}
