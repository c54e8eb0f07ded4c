namespace Network.Server.Sessions;

/// <summary>
/// Where a session stands: SCHEDULED until both mentors report on it after its end, then HELD, MISSED
/// (someone did not come) or DISPUTED (their reports differ); or CANCELLED. Stored as numbers; members are only appended.
/// </summary>
public enum SessionStatus
{
    Scheduled,

    Cancelled,

    /// <summary>Both mentors report that both came.</summary>
    Held,

    /// <summary>Both mentors report the same absence.</summary>
    Missed,

    /// <summary>The mentors' reports differ; the programme's coordinator looks into it.</summary>
    Disputed,
}
