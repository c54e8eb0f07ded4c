namespace Network.Server.Concerns;

/// <summary>
/// Where a concern stands: OPEN until a coordinator acknowledges it, ACTIONED once they pause or end the
/// pairing, DISMISSED when it needs nothing done. Stored as numbers; members are only appended.
/// </summary>
public enum ConcernStatus
{
    /// <summary>Reported, not yet looked at.</summary>
    Open,

    /// <summary>A coordinator is looking into it.</summary>
    Acknowledged,

    /// <summary>A coordinator paused or ended the pairing.</summary>
    Actioned,

    /// <summary>Looked into, and nothing needs doing.</summary>
    Dismissed,
}
