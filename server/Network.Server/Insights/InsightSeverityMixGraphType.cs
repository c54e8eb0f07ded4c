using GraphQL.Types;

namespace Network.Server.Insights;

public sealed class InsightSeverityMixGraphType : ObjectGraphType<InsightCell>
{
    public InsightSeverityMixGraphType()
    {
        Name = "InsightSeverityMix";
        Description = "Open skills gaps by severity; they add up to openSkillsGaps, which disclosure control takes into account.";
        Field<NonNullGraphType<InsightCountGraphType>>("low").Resolve(c => c.Source[InsightMeasure.OpenSkillsGapsLow]);
        Field<NonNullGraphType<InsightCountGraphType>>("medium").Resolve(c => c.Source[InsightMeasure.OpenSkillsGapsMedium]);
        Field<NonNullGraphType<InsightCountGraphType>>("high").Resolve(c => c.Source[InsightMeasure.OpenSkillsGapsHigh]);
        Field<NonNullGraphType<InsightCountGraphType>>("critical").Resolve(c => c.Source[InsightMeasure.OpenSkillsGapsCritical]);
    }
}
