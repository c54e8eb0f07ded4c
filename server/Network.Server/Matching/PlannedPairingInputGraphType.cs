using GraphQL.Types;

namespace Network.Server.Matching;

public sealed class PlannedPairingInputGraphType : AutoRegisteringInputObjectGraphType<PlannedPairingInput>
{
    public PlannedPairingInputGraphType()
    {
        Name = "PlannedPairingInput";
        Description = "A pair of a plan to propose; the format defaults to the best both mentors can meet in.";
    }
}
