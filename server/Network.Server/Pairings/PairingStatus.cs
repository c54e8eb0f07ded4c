namespace Network.Server.Pairings;

/// <summary>
/// Where a pairing stands: PROPOSED → ACCEPTED (every required acceptance in) → ACTIVE ⇄ PAUSED, and
/// ACTIVE → COMPLETED; or DECLINED while proposed, or ENDED early once accepted. Stored as numbers;
/// members are only appended.
/// </summary>
public enum PairingStatus
{
    Proposed,
    Accepted,
    Active,
    Completed,
    Declined,
    Ended,

    /// <summary>
    /// Held while a concern is looked into: still open and still counting against both mentors' capacity,
    /// but the partners no longer see each other's contact details.
    /// </summary>
    Paused,
}
