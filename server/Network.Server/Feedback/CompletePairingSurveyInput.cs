using System.ComponentModel;
using GraphQL;

namespace Network.Server.Feedback;

public sealed record CompletePairingSurveyInput(
    [property: Id, Description("An ACTIVE or COMPLETED pairing of the caller's.")] string PairingId,
    [property: Description("How satisfied the caller is with the pairing, 1 to 5.")] int Satisfaction,
    [property: Description("How likely the caller is to recommend mentoring in the network, 0 to 10.")] int LikelihoodToRecommend,
    [property: Description("Whether the caller would be paired again.")] bool WouldDoAgain,
    [property: Description("Anything else, in the caller's words: up to 2,000 characters, read only by them (and administrators).")] string? Comment = null);
