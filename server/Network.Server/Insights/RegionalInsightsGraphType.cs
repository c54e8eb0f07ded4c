using GraphQL.Types;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Scalars;

namespace Network.Server.Insights;

public sealed class RegionalInsightsGraphType : ObjectGraphType<RegionalInsights>
{
    public RegionalInsightsGraphType()
    {
        Name = "RegionalInsights";
        Description = "Anonymised figures for the region, broken down as asked. Counts of 1 to 4 people and figures about fewer than three employers are withheld, " +
            "and so are enough others that none can be worked out from the rest; which ones is decided once for every breakdown together.";
        this.ReadableBy(InsightsAccess.Readers);
        Field<NonNullGraphType<IsoDateTimeGraphType>>("asOf").Description("When the figures were worked out; they are refreshed every few minutes.")
            .Resolve(c => c.Source.Snapshot.AsOf);
        Field<NonNullGraphType<StringGraphType>>("from").Description("The first month of the 12-month window, YYYY-MM.")
            .Resolve(c => c.Source.Snapshot.Axes.FirstMonth.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<StringGraphType>>("to").Description("The last month of the window (this month), YYYY-MM.")
            .Resolve(c => c.Source.Snapshot.Axes.LastMonth.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<InsightDimension>>>>>("groupBy").Resolve(c => c.Source.GroupBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InsightCellGraphType>>>>("cells")
            .Description("One row per combination of the values grouped by, in order of authority code, sector, skill and month.")
            .Resolve(c => c.Source.Cells);
    }
}
