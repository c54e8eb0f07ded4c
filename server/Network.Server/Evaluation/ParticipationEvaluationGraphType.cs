using GraphQL.Types;

namespace Network.Server.Evaluation;

public sealed class ParticipationEvaluationGraphType : ObjectGraphType<ParticipationEvaluation>
{
    public ParticipationEvaluationGraphType()
    {
        Name = "ParticipationEvaluation";
        Description = "Who took part: mentors enrolled and withdrawn, pairs formed and how many of them are two-way.";
        Field<NonNullGraphType<EvaluationFigureGraphType>>("enrolled").Description("Mentors enrolled.").Resolve(c => c.Source.Enrolled);
        Field<NonNullGraphType<EvaluationFigureGraphType>>("withdrawn").Description("Mentors who withdrew.").Resolve(c => c.Source.Withdrawn);
        Field<NonNullGraphType<EvaluationFigureGraphType>>("pairsFormed").Description("Pairs accepted by both sides (accepted, active, paused or completed); people: the mentors in them.").Resolve(c => c.Source.PairsFormed);
        Field<NonNullGraphType<EvaluationFigureGraphType>>("twoWayPercent").Description("The percentage of formed pairs in which both mentors teach.").Resolve(c => c.Source.TwoWayPercent);
    }
}
