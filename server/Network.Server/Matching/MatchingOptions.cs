namespace Network.Server.Matching;

/// <summary>Matching settings (configuration section <c>Matching</c>).</summary>
public sealed record MatchingOptions
{
    public const string Section = "Matching";

    /// <summary>How many of the nearest mentors who share a wanted skill are scored for a suggestion.</summary>
    public int Shortlist { get; init; } = 400;
}
