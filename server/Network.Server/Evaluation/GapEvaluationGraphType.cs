using GraphQL.Types;

namespace Network.Server.Evaluation;

public sealed class GapEvaluationGraphType : ObjectGraphType<GapEvaluation>
{
    public GapEvaluationGraphType()
    {
        Name = "GapEvaluation";
        Description = "The skills gaps the programme's objectives target. Gaps are not people: these figures are never withheld.";
        Field<NonNullGraphType<EvaluationFigureGraphType>>("targeted").Description("Gaps the objectives target.").Resolve(c => c.Source.Targeted);
        Field<NonNullGraphType<EvaluationFigureGraphType>>("addressed").Description("Targeted gaps that a formed pair addresses: someone teaches the gap's skill to a mentor of the gap's employer.").Resolve(c => c.Source.Addressed);
        Field<NonNullGraphType<EvaluationFigureGraphType>>("closedAsFilled").Description("Targeted gaps now closed as FILLED.").Resolve(c => c.Source.ClosedAsFilled);
        Field<NonNullGraphType<EvaluationFigureGraphType>>("filledWithProgrammeHelp").Description("Targeted gaps closed as FILLED whose employer said, at the latest checkpoint, that the programme helped.").Resolve(c => c.Source.FilledWithProgrammeHelp);
    }
}
