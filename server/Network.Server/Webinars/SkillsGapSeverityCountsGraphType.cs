using GraphQL.Types;

namespace Network.Server.Webinars;

/// <summary>How an employer's gaps in a webinar's topics divide by severity.</summary>
public sealed class SkillsGapSeverityCountsGraphType : ObjectGraphType<SuggestedEmployer>
{
    public SkillsGapSeverityCountsGraphType()
    {
        Name = "SkillsGapSeverityCounts";
        Description = "How many open gaps have each severity.";
        Field(s => s.Critical);
        Field(s => s.High);
        Field(s => s.Medium);
        Field(s => s.Low);
    }
}
