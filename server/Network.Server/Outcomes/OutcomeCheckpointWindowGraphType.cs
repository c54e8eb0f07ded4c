using GraphQL.Types;

namespace Network.Server.Outcomes;

public sealed class OutcomeCheckpointWindowGraphType : ObjectGraphType<OutcomeCheckpointWindow>
{
    public OutcomeCheckpointWindowGraphType()
    {
        Name = "OutcomeCheckpointWindow";
        Description = "When employers confirm a programme's outcomes at a checkpoint.";
        Field(w => w.Checkpoint);
        Field(w => w.OpensOn, nullable: true).Description("The day the checkpoint opens; null for a cancelled programme.");
        Field(w => w.IsOpen).Description("Whether employers can confirm outcomes at the checkpoint today.");
    }
}
