using GraphQL.Types;
using Network.Server.Skills;

namespace Network.Server.Insights;

public sealed class HotspotSkillGraphType : ObjectGraphType<HotspotSkill>
{
    public HotspotSkillGraphType()
    {
        Name = "HotspotSkill";
        Field<NonNullGraphType<IntGraphType>>("rank").Description("1 for the most unmet demand in the authority.").Resolve(c => c.Source.Rank);
        Field<NonNullGraphType<SkillGraphType>>("skill").Resolve(c => c.Source.Figures.Skill);
        Field<NonNullGraphType<IntGraphType>>("unmetDemand").Description("Open skills gaps minus mentors offering the skill, in the authority.")
            .Resolve(c => (int)c.Source.UnmetDemand);
        Field<NonNullGraphType<InsightCellGraphType>>("figures").Description("All the authority's figures for the skill.").Resolve(c => c.Source.Figures);
    }
}
