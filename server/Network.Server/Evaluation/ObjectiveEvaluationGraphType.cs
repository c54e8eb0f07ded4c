using GraphQL.Types;
using Network.Server.Programmes;

namespace Network.Server.Evaluation;

public sealed class ObjectiveEvaluationGraphType : ObjectGraphType<ObjectiveEvaluation>
{
    public ObjectiveEvaluationGraphType()
    {
        Name = "ObjectiveEvaluation";
        Description = "One of the programme's objectives and its progress against its target.";
        Field<NonNullGraphType<ProgrammeObjectiveGraphType>>("objective").Resolve(c => c.Source.Objective);
        Field<NonNullGraphType<ObjectiveProgressGraphType>>("progress").Resolve(c => c.Source.Progress);
    }
}
