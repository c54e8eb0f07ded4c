namespace Network.Server.Insights;

/// <summary>
/// The figures as worked out at <see cref="AsOf"/>, with every disclosure decision already taken: which figures are
/// withheld is decided once for all groupings together, so that no two answers can be combined to undo it.
/// </summary>
public sealed class InsightSnapshot
{
    private readonly long[] _values;
    private readonly InsightSuppression[] _reasons;

    internal InsightSnapshot(InsightAxes axes, DateTimeOffset asOf, long[] values, InsightSuppression[] reasons, TimeSpan took)
    {
        Axes = axes;
        AsOf = asOf;
        _values = values;
        _reasons = reasons;
        Took = took;
    }

    public DateTimeOffset AsOf { get; }

    /// <summary>How long working the figures out took.</summary>
    public TimeSpan Took { get; }

    internal InsightAxes Axes { get; }

    internal InsightFigure Figure(InsightMeasure measure, int cell)
    {
        var index = ((int)measure * Axes.CellCount) + cell;
        return _reasons[index] == InsightSuppression.None ? new InsightFigure(_values[index], InsightSuppression.None) : InsightFigure.Withheld(_reasons[index]);
    }
}
