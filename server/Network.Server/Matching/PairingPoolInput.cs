namespace Network.Server.Matching;

/// <summary>The mentors a plan is for: their IDs, or a filter over active mentors; exactly one of the two.</summary>
public sealed record PairingPoolInput
{
    public List<string>? MentorIds { get; init; }

    public Dictionary<string, object?>? Where { get; init; }
}
