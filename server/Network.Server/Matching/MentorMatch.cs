using Network.Server.Scoring;

namespace Network.Server.Matching;

/// <summary>A suggested partner for a mentor, with the score's explanation and the open gaps it addresses.</summary>
public sealed record MentorMatch(PairScore Score, IReadOnlyList<int> GapsAddressed);
