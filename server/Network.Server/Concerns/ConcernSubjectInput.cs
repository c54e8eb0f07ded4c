namespace Network.Server.Concerns;

/// <summary>What a concern is about: one of the reporter's pairings in the programme, or another participant; exactly one.</summary>
public sealed record ConcernSubjectInput
{
    public string? PairingId { get; init; }

    public string? MentorId { get; init; }
}
