using GraphQL.Types;

namespace Network.Server.Evaluation;

public sealed class EvaluationFigureGraphType : ObjectGraphType<EvaluationFigure>
{
    public EvaluationFigureGraphType()
    {
        Name = "EvaluationFigure";
        Description = "One figure of a programme's evaluation or a webinar's follow-up: its value, how many people it is about, and, when withheld from the caller, why (value and people are then null).";
        Field(f => f.Value, nullable: true).Description("The figure; null when withheld or when there is nothing to measure yet.");
        Field(f => f.People, nullable: true).Description("How many people the figure is about; null when withheld, and for figures about things (skills gaps).");
        Field(f => f.Suppressed).Description("Whether the figure is withheld from the caller.");
        Field(f => f.SuppressedReason, nullable: true).Description("Why the figure is withheld.");
    }
}
