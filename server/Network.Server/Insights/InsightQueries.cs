using GraphQL;
using GraphQL.Types;

namespace Network.Server.Insights;

/// <summary>The root <c>regionalInsights</c> field.</summary>
internal static class InsightQueries
{
    public static void AddInsightQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<RegionalInsightsGraphType>>("regionalInsights")
            .Description("Anonymised figures for the region over the last 12 months, by any combination of local authority, sector, skill or skill category, and month " +
                "(grouping by MONTH gives the trend of every figure). Without groupBy, one row for everything the filter names.")
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<InsightDimension>>>>("groupBy", "What to break the figures down by.")
            .Argument<RegionalInsightsFilterInputGraphType>("where")
            .ResolveAsync(async c =>
            {
                var groupBy = (c.GetArgument<List<InsightDimension>?>("groupBy") ?? []).Distinct().ToList();
                var snapshot = await c.RequestServices!.GetRequiredService<InsightSnapshots>().CurrentAsync(c.CancellationToken);
                return new RegionalInsights(snapshot, groupBy, InsightSelection.Select(snapshot, groupBy, c.GetArgument<RegionalInsightsFilter?>("where")));
            });
}
