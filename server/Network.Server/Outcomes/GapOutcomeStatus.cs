namespace Network.Server.Outcomes;

/// <summary>Where an employer's skills gap stands at an outcome checkpoint. Stored as numbers; members are only appended.</summary>
public enum GapOutcomeStatus
{
    /// <summary>The gap is filled; recording this closes an open gap as FILLED.</summary>
    Filled,

    /// <summary>The gap is still open.</summary>
    StillOpen,

    /// <summary>The employer no longer needs the skill; the gap is left as it is.</summary>
    NoLongerNeeded,
}
