using System.ComponentModel;
using GraphQL;

namespace Network.Server.Feedback;

public sealed record RateConfidenceInput(
    [property: Id, Description("An ACCEPTED, ACTIVE or COMPLETED pairing of the caller's.")] string PairingId,
    [property: Description("When in the pairing the check-in is.")] ConfidenceStage Stage,
    [property: Description("The skills rated, each once: 1 to 20 skills the caller's partner teaches them.")] List<ConfidenceRatingInput> Ratings);
