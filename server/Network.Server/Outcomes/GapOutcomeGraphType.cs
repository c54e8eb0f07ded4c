using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.SkillsGaps;

namespace Network.Server.Outcomes;

public sealed class GapOutcomeGraphType : ObjectGraphType<GapOutcome>
{
    public GapOutcomeGraphType()
    {
        Name = "GapOutcome";
        Description = "Where a skills gap targeted by a programme stood at a checkpoint, as its employer answered, and whether the programme helped.";
        Field<NonNullGraphType<SkillsGapGraphType>>("skillsGap")
            .Resolve(c => c.Service<SkillsGapByIdDataLoader>().LoadAsync(c.Source.SkillsGapId));
        Field(g => g.Checkpoint);
        Field(g => g.Status);
        Field(g => g.ProgrammeHelped);
        Field(g => g.RecordedAt);
    }
}
