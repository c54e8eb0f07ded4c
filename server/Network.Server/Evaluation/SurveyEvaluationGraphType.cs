using GraphQL.Types;

namespace Network.Server.Evaluation;

public sealed class SurveyEvaluationGraphType : ObjectGraphType<SurveyEvaluation>
{
    public SurveyEvaluationGraphType()
    {
        Name = "SurveyEvaluation";
        Description = "The end-of-pairing surveys.";
        Field<NonNullGraphType<EvaluationFigureGraphType>>("responses").Description("Surveys completed.").Resolve(c => c.Source.Responses);
        Field<NonNullGraphType<EvaluationFigureGraphType>>("meanSatisfaction").Description("Mean satisfaction, 1 to 5.").Resolve(c => c.Source.MeanSatisfaction);
        Field<NonNullGraphType<EvaluationFigureGraphType>>("netPromoterScore").Description("The net promoter score, -100 to 100: the percentage who would recommend the programme (9 or 10 of 10) less those who would not (0 to 6).").Resolve(c => c.Source.NetPromoterScore);
        Field<NonNullGraphType<EvaluationFigureGraphType>>("wouldDoAgainPercent").Description("The percentage who would do it again.").Resolve(c => c.Source.WouldDoAgainPercent);
    }
}
