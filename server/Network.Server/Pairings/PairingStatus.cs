namespace Network.Server.Pairings;

/// <summary>
/// Where a pairing stands: PROPOSED → ACCEPTED (every required acceptance in) → ACTIVE → COMPLETED,
/// or DECLINED while proposed, or ENDED early once accepted. Stored as numbers; members are only appended.
/// </summary>
public enum PairingStatus
{
    Proposed,
    Accepted,
    Active,
    Completed,
    Declined,
    Ended,
}
