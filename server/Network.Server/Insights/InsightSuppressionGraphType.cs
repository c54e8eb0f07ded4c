using GraphQL.Types;

namespace Network.Server.Insights;

public sealed class InsightSuppressionGraphType : EnumerationGraphType
{
    public InsightSuppressionGraphType()
    {
        Name = "InsightSuppression";
        Description = "Why a regional figure is withheld.";
        Add("FEW_PEOPLE", InsightSuppression.FewPeople, "It counts 1 to 4 people.");
        Add("FEW_EMPLOYERS", InsightSuppression.FewEmployers, "Fewer than three employers make it up, so an employer's own figures could be recognised.");
        Add("PROTECTS_ANOTHER_FIGURE", InsightSuppression.ProtectsAnotherFigure,
            "Withheld so that another withheld figure cannot be worked out from totals and neighbouring figures.");
        Add("WITHHELD_INPUT", InsightSuppression.WithheldInput, "A ratio or share worked out from a withheld figure.");
    }
}
