namespace Network.Server.CheckIns;

/// <summary>A programme pairing's health as a coordinator checks it: its sessions against the cadence, its goals, its concerns.</summary>
public sealed record PairingHealth(
    int PairingId,
    int ProgrammeId,
    PairingHealthStatus Status,
    IReadOnlyList<string> Reasons,
    int CadenceWeeks,
    int SessionsHeld,
    int SessionsMissed,
    int SessionsExpected,
    int SessionsUpcoming,
    DateTimeOffset? LastSessionAt,
    int DaysSinceLastSession,
    int Goals,
    int GoalsWorkedOn,
    int OpenConcerns)
{
    /// <summary>Most urgent first: stalled before at risk, then the longest without a session.</summary>
    public static IComparer<PairingHealth> ByUrgency { get; } = Comparer<PairingHealth>.Create((x, y) =>
        y.Status != x.Status ? y.Status.CompareTo(x.Status)
        : y.DaysSinceLastSession != x.DaysSinceLastSession ? y.DaysSinceLastSession.CompareTo(x.DaysSinceLastSession)
        : x.PairingId.CompareTo(y.PairingId));
}
