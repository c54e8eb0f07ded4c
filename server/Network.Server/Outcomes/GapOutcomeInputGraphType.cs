using GraphQL.Types;

namespace Network.Server.Outcomes;

public sealed class GapOutcomeInputGraphType : AutoRegisteringInputObjectGraphType<GapOutcomeInput>
{
    public GapOutcomeInputGraphType()
    {
        Name = "GapOutcomeInput";
        Description = "Where one of the employer's targeted skills gaps stands at a checkpoint, and whether the programme helped.";
    }
}
