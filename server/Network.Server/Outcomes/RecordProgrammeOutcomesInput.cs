using System.ComponentModel;
using GraphQL;

namespace Network.Server.Outcomes;

public sealed record RecordProgrammeOutcomesInput(
    [property: Id] string ProgrammeId,
    [property: Id, Description("The employer answering: it must have joined the programme.")] string EmployerId,
    [property: Description("Which checkpoint the answers are for.")] OutcomeCheckpoint Checkpoint,
    [property: Description("Whether each enrolled mentor still works for the employer; each mentor once, up to 200.")] List<RetentionAnswerInput>? Retention,
    [property: Description("Where each targeted gap stands; each gap once, up to 200.")] List<GapOutcomeInput>? Gaps);
