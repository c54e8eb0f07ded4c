namespace Network.Server.Matching;

/// <summary>The mentors a plan is for: their IDs, a filter over active mentors, or a programme's ready mentors; exactly one of the three.</summary>
public sealed record PairingPoolInput
{
    public List<string>? MentorIds { get; init; }

    public Dictionary<string, object?>? Where { get; init; }

    public string? ProgrammeId { get; init; }
}
