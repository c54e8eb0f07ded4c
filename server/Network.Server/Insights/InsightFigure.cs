namespace Network.Server.Insights;

/// <summary>One published figure, or why it is withheld (then it has no value).</summary>
public readonly record struct InsightFigure(double? Value, InsightSuppression Reason)
{
    public bool Suppressed => Reason != InsightSuppression.None;

    public static InsightFigure Withheld(InsightSuppression reason) => new(null, reason);

    /// <summary><paramref name="numerator"/> ÷ <paramref name="denominator"/>: withheld when either is, none when the denominator is zero.</summary>
    public static InsightFigure Ratio(InsightFigure numerator, InsightFigure denominator) =>
        numerator.Suppressed || denominator.Suppressed ? Withheld(InsightSuppression.WithheldInput)
        : denominator.Value is > 0 ? new(Math.Round(numerator.Value!.Value / denominator.Value.Value, 3), InsightSuppression.None)
        : new(null, InsightSuppression.None);
}
