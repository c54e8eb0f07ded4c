using GraphQL.Types;

namespace Network.Server.Evaluation;

public sealed class ConfidenceEvaluationGraphType : ObjectGraphType<ConfidenceEvaluation>
{
    public ConfidenceEvaluationGraphType()
    {
        Name = "ConfidenceEvaluation";
        Description = "How learners' confidence changed: overall, per skill learned, and per direction (JUNIOR_TO_SENIOR is reverse mentoring).";
        Field<NonNullGraphType<ConfidenceGroupGraphType>>("overall").Resolve(c => c.Source.Overall);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConfidenceGroupGraphType>>>>("bySkill")
            .Description("One row per skill learners rated, by skill ID.").Resolve(c => c.Source.BySkill);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConfidenceGroupGraphType>>>>("byDirection")
            .Description("One row per direction: JUNIOR_TO_SENIOR, SENIOR_TO_JUNIOR, PEER.").Resolve(c => c.Source.ByDirection);
    }
}
