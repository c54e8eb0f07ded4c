namespace Network.Server.Outcomes;

/// <summary>When an employer confirms a programme's outcomes: at its end, and three months later. Stored as numbers; members are only appended.</summary>
public enum OutcomeCheckpoint
{
    /// <summary>At the programme's end: open from 30 days before its end date, or once it has completed.</summary>
    End,

    /// <summary>Three months after the programme's end (or its completion, if earlier).</summary>
    ThreeMonths,
}
