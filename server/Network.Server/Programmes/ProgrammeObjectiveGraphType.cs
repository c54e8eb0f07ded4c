using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Skills;
using Network.Server.SkillsGaps;

namespace Network.Server.Programmes;

public sealed class ProgrammeObjectiveGraphType : ObjectGraphType<ProgrammeObjective>
{
    public ProgrammeObjectiveGraphType()
    {
        Name = "ProgrammeObjective";
        Description = "What a programme sets out to achieve: a statement, the skills and open gaps it targets, and a measurable target with its progress.";
        this.ImplementNode(o => o.Id);
        Field(o => o.Statement);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SkillGraphType>>>>("skills")
            .Description("The skills the objective targets.")
            .Resolve(c => c.Service<SkillByIdDataLoader>().LoadManyAsync(c.Source.Skills.Select(s => s.SkillId)).Then(skills => skills.OfType<Skill>().ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SkillsGapGraphType>>>>("skillsGaps")
            .Description("The skills gaps of the programme's employers that the objective addresses.")
            .Resolve(c =>
            {
                var caller = c.Caller();
                return c.Service<SkillsGapByIdDataLoader>().LoadManyAsync(c.Source.Gaps.Select(g => g.SkillsGapId))
                    .Then(gaps => gaps.OfType<SkillsGap>().Where(g => SkillsGapAccess.IsVisible(caller, g)).ToList());
            });
        Field(o => o.Measure);
        Field(o => o.Target).Description("The figure the measure should reach, such as 30 pairs or 70 percent.");
        Field<NonNullGraphType<ObjectiveProgressGraphType>>("progress")
            .Resolve(c => c.Service<ProgrammeFiguresDataLoader>().LoadAsync(c.Source.ProgrammeId).Then(figures => ObjectiveProgress.Of(c.Source, figures)));
        Field(o => o.CreatedAt);
        Field(o => o.UpdatedAt);
    }
}
