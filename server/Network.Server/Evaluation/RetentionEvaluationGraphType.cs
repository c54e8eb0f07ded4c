using GraphQL.Types;

namespace Network.Server.Evaluation;

public sealed class RetentionEvaluationGraphType : ObjectGraphType<RetentionEvaluation>
{
    public RetentionEvaluationGraphType()
    {
        Name = "RetentionEvaluation";
        Description = "Retention at one checkpoint, as employers confirmed it: people are the mentors confirmed.";
        Field(r => r.Checkpoint);
        Field<NonNullGraphType<EvaluationFigureGraphType>>("confirmed").Description("Enrolled mentors whose employer has confirmed whether they stayed.").Resolve(c => c.Source.Confirmed);
        Field<NonNullGraphType<EvaluationFigureGraphType>>("stillEmployed").Description("Confirmed mentors still working for their employer.").Resolve(c => c.Source.StillEmployed);
        Field<NonNullGraphType<EvaluationFigureGraphType>>("retainedPercent").Description("Still employed as a percentage of those confirmed.").Resolve(c => c.Source.RetainedPercent);
    }
}
