namespace Network.Server.Concerns;

/// <summary>What a coordinator does about a concern. Stored as numbers; members are only appended.</summary>
public enum ConcernTriageAction
{
    /// <summary>Tells the reporter it is being looked into (ACKNOWLEDGED).</summary>
    Acknowledge,

    /// <summary>Pauses the pairing concerned while it is looked into (ACTIONED).</summary>
    PausePairing,

    /// <summary>Ends the pairing concerned, for safeguarding (ACTIONED).</summary>
    EndPairing,

    /// <summary>Closes the concern with nothing to do (DISMISSED).</summary>
    Dismiss,
}
