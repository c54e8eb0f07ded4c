using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.Skills;

namespace Network.Server.Evaluation;

public sealed class ConfidenceGroupGraphType : ObjectGraphType<ConfidenceGroup>
{
    public ConfidenceGroupGraphType()
    {
        Name = "ConfidenceGroup";
        Description = "Learners' change in confidence (1 to 5) from their START check-in to their latest later one, for one skill, one direction, or everyone. " +
            "A learner is a mentor in a pairing; people are the mentors.";
        Field<SkillGraphType>("skill")
            .Description("The skill learned; null for rows that are not per skill.")
            .Resolve(c => c.Source.SkillId is { } id ? c.Service<SkillByIdDataLoader>().LoadAsync(id) : null);
        Field(g => g.Direction, nullable: true).Description("Who taught whom, by career stage; null for rows that are not per direction.");
        Field<NonNullGraphType<EvaluationFigureGraphType>>("learners").Description("Learners who checked in at the start and again later.").Resolve(c => c.Source.Learners);
        Field<NonNullGraphType<EvaluationFigureGraphType>>("meanChange").Description("The mean change in confidence, over each learner's skills.").Resolve(c => c.Source.MeanChange);
        Field<NonNullGraphType<EvaluationFigureGraphType>>("moreConfidentPercent").Description("The percentage of learners more confident in at least one skill.").Resolve(c => c.Source.MoreConfidentPercent);
    }
}
