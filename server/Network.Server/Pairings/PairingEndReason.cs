namespace Network.Server.Pairings;

/// <summary>Why a pairing ended before completion.</summary>
public enum PairingEndReason
{
    /// <summary>The partners met their goals early.</summary>
    GoalsMet,

    /// <summary>They could not find times to meet.</summary>
    Scheduling,

    /// <summary>The pairing did not work for one or both partners.</summary>
    Mismatch,

    /// <summary>A partner left the programme or their employer.</summary>
    LeftProgramme,

    Other,

    /// <summary>A safeguarding concern was raised and looked into.</summary>
    Safeguarding,
}
