namespace Network.Server.Pairings;

/// <summary>A change to a pairing after its proposal; <see cref="Pairing.Allows"/> says which statuses each starts from.</summary>
public enum PairingChange
{
    /// <summary>A mentor's acceptance or an employer's approval, and the pairing's acceptance once every one is in.</summary>
    Accept,

    Decline,

    Activate,

    Complete,

    End,

    /// <summary>One of the mentors leaves the programme: the pairing is declined or ended.</summary>
    Leave,

    Pause,

    Resume,

    /// <summary>One mentor blocks the other: the pairing is declined or ended as a partner would decline or end it.</summary>
    Block,
}
