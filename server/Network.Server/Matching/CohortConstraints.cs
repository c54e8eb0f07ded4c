namespace Network.Server.Matching;

/// <summary>
/// What the pool's existing pairings rule out: mentors whose accepted, active and paused pairings fill their
/// capacity (with how many they hold), and pairs of mentors who already have an open pairing. Pairs one of
/// whom has blocked the other are ruled out too, and counted nowhere, so a plan says nothing of them.
/// </summary>
public sealed record CohortConstraints(IReadOnlyDictionary<int, int> HeldAtCapacity, IReadOnlySet<(int Low, int High)> OpenPairs)
{
    public static readonly CohortConstraints None = new(new Dictionary<int, int>(), new HashSet<(int, int)>());

    /// <summary>The pairs of the pool one of whom has blocked the other, lower mentor ID first.</summary>
    public IReadOnlySet<(int Low, int High)> BlockedPairs { get; init; } = new HashSet<(int, int)>();

    public bool IsOpen(int mentorId, int partnerId) =>
        OpenPairs.Contains(mentorId < partnerId ? (mentorId, partnerId) : (partnerId, mentorId));

    public bool IsBlocked(int mentorId, int partnerId) =>
        BlockedPairs.Contains(mentorId < partnerId ? (mentorId, partnerId) : (partnerId, mentorId));
}
