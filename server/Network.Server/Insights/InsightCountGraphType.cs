using GraphQL.Types;

namespace Network.Server.Insights;

public sealed class InsightCountGraphType : ObjectGraphType<InsightFigure>
{
    public InsightCountGraphType()
    {
        Name = "InsightCount";
        Description = "A regional count, or why it is withheld (value is then null).";
        Field<IntGraphType>("value").Resolve(c => c.Source.Value is { } value ? (int)value : null);
        Field<NonNullGraphType<BooleanGraphType>>("suppressed").Resolve(c => c.Source.Suppressed);
        Field<InsightSuppressionGraphType>("reason").Description("Why the count is withheld; null when it is shown.")
            .Resolve(c => c.Source.Suppressed ? c.Source.Reason : null);
    }
}
