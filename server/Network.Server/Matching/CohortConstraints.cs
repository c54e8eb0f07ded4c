namespace Network.Server.Matching;

/// <summary>
/// What the pool's existing pairings rule out: mentors whose accepted, active and paused pairings fill their
/// capacity (with how many they hold), and pairs of mentors who already have an open pairing.
/// </summary>
public sealed record CohortConstraints(IReadOnlyDictionary<int, int> HeldAtCapacity, IReadOnlySet<(int Low, int High)> OpenPairs)
{
    public static readonly CohortConstraints None = new(new Dictionary<int, int>(), new HashSet<(int, int)>());

    public bool IsOpen(int mentorId, int partnerId) =>
        OpenPairs.Contains(mentorId < partnerId ? (mentorId, partnerId) : (partnerId, mentorId));
}
