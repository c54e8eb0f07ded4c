using GraphQL.Types;

namespace Network.Server.Evaluation;

public sealed class SessionEvaluationGraphType : ObjectGraphType<SessionEvaluation>
{
    public SessionEvaluationGraphType()
    {
        Name = "SessionEvaluation";
        Description = "The programme's sessions: people are the mentors of the pairs that had them.";
        Field<NonNullGraphType<EvaluationFigureGraphType>>("planned").Description("Sessions scheduled, held, missed or disputed: every session not cancelled.").Resolve(c => c.Source.Planned);
        Field<NonNullGraphType<EvaluationFigureGraphType>>("held").Description("Sessions both mentors reported HELD.").Resolve(c => c.Source.Held);
        Field<NonNullGraphType<EvaluationFigureGraphType>>("missed").Description("Sessions both mentors reported MISSED.").Resolve(c => c.Source.Missed);
        Field<NonNullGraphType<EvaluationFigureGraphType>>("cancelled").Description("Sessions cancelled.").Resolve(c => c.Source.Cancelled);
        Field<NonNullGraphType<EvaluationFigureGraphType>>("attendancePercent").Description("Held sessions as a percentage of those held or missed.").Resolve(c => c.Source.AttendancePercent);
        Field<NonNullGraphType<EvaluationFigureGraphType>>("meanRating").Description("The mean rating (1 to 5) of held sessions; people: the mentors who rated.").Resolve(c => c.Source.MeanRating);
    }
}
