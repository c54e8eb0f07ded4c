using GraphQL.Types;
using Network.Server.Skills;

namespace Network.Server.Insights;

public sealed class RegionalInsightsFilterInputGraphType : InputObjectGraphType<RegionalInsightsFilter>
{
    public RegionalInsightsFilterInputGraphType()
    {
        Name = "RegionalInsightsFilterInput";
        Description = "Which figures to return. On a dimension the figures are broken down by, a filter picks rows and may name several values; " +
            "on any other it must come down to one value (one authority, the combined authority or the rest, one sector, one skill or category, one month), " +
            "because figures for arbitrary sets could be subtracted from one another to reveal withheld ones.";
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("localAuthorityCodes").Description("ONS codes of the region's 14 local authorities, such as E08000026 for Coventry.");
        Field<BooleanGraphType>("combinedAuthority").Description("True for the seven councils of the West Midlands Combined Authority, false for the other seven authorities.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<Sector>>>>("sectors");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("skillIds").Description("Skills by their IDs.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<SkillCategory>>>>("skillCategories");
        Field<StringGraphType>("from").Description("The first month, as YYYY-MM, within the last 12 months.");
        Field<StringGraphType>("to").Description("The last month, as YYYY-MM, within the last 12 months.");
    }
}
