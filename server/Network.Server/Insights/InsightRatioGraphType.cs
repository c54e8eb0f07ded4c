using GraphQL.Types;

namespace Network.Server.Insights;

public sealed class InsightRatioGraphType : ObjectGraphType<InsightFigure>
{
    public InsightRatioGraphType()
    {
        Name = "InsightRatio";
        Description = "A regional ratio or share, or why it is withheld; value is null when withheld or when there is nothing to divide by.";
        Field<FloatGraphType>("value").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<BooleanGraphType>>("suppressed").Resolve(c => c.Source.Suppressed);
        Field<InsightSuppressionGraphType>("reason").Description("Why the ratio is withheld; null when it is shown.")
            .Resolve(c => c.Source.Suppressed ? c.Source.Reason : null);
    }
}
