using GraphQL.Types;

namespace Network.Server.Feedback;

public sealed class ConfidenceRatingInputGraphType : AutoRegisteringInputObjectGraphType<ConfidenceRatingInput>
{
    public ConfidenceRatingInputGraphType()
    {
        Name = "ConfidenceRatingInput";
        Description = "How confident a mentor is in one skill they are learning in a pairing.";
    }
}
