using GraphQL;
using GraphQL.Types;

namespace Network.Server.Insights;

/// <summary>The root <c>regionalInsights</c>, <c>regionalInsightsMap</c> and <c>hotspots</c> fields, all read from the current snapshot.</summary>
internal static class InsightQueries
{
    public const int MaxHotspotSkills = 10;

    public static void AddInsightQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<RegionalInsightsGraphType>>("regionalInsights")
            .Description("Anonymised figures for the region over the last 12 months, by any combination of local authority, sector, skill or skill category, and month " +
                "(grouping by MONTH gives the trend of every figure). Without groupBy, one row for everything the filter names.")
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<InsightDimension>>>>("groupBy", "What to break the figures down by.")
            .Argument<RegionalInsightsFilterInputGraphType>("where")
            .ResolveAsync(async c =>
            {
                var groupBy = (c.GetArgument<List<InsightDimension>?>("groupBy") ?? []).Distinct().ToList();
                var snapshot = await SnapshotAsync(c);
                return new RegionalInsights(snapshot, groupBy, InsightSelection.Select(snapshot, groupBy, c.GetArgument<RegionalInsightsFilter?>("where")));
            });

        query.Field<NonNullGraphType<InsightsMapGraphType>>("regionalInsightsMap")
            .Description("The regional figures by local authority as a GeoJSON FeatureCollection, for a choropleth. The filter works as in regionalInsights, with the figures broken down by authority.")
            .Argument<RegionalInsightsFilterInputGraphType>("where")
            .ResolveAsync(async c =>
            {
                var snapshot = await SnapshotAsync(c);
                var cells = InsightSelection.Select(snapshot, [InsightDimension.LocalAuthority], c.GetArgument<RegionalInsightsFilter?>("where"));
                var boundaries = LocalAuthorityBoundaries.Instance;
                return new InsightsMap(snapshot, [.. cells.Select(cell => new InsightsMapFeature(cell.LocalAuthority!.Code, boundaries.Outline(cell.LocalAuthority.Code)!, cell))]);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HotspotGraphType>>>>("hotspots")
            .Description("For each local authority, the skills with the largest unmet demand: open skills gaps beyond the mentors there who offer the skill. " +
                "The filter works as in regionalInsights, with the figures broken down by authority and skill.")
            .Argument<IntGraphType>("first", $"At most this many skills per authority, 1 to {MaxHotspotSkills}; 3 when left out.")
            .Argument<RegionalInsightsFilterInputGraphType>("where")
            .ResolveAsync(async c =>
            {
                var first = c.GetArgument<int?>("first") ?? 3;
                if (first is < 1 or > MaxHotspotSkills)
                {
                    throw new ExecutionError($"first must be between 1 and {MaxHotspotSkills}.") { Code = "PAGE_SIZE_OUT_OF_RANGE" };
                }

                return Hotspots.Rank(await SnapshotAsync(c), c.GetArgument<RegionalInsightsFilter?>("where"), first);
            });
    }

    private static Task<InsightSnapshot> SnapshotAsync(IResolveFieldContext c) =>
        c.RequestServices!.GetRequiredService<InsightSnapshots>().CurrentAsync(c.CancellationToken);
}
