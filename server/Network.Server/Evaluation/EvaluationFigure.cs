namespace Network.Server.Evaluation;

/// <summary>
/// One figure of an evaluation: its value, how many people it is about (null when it is not about people, such as skills gaps),
/// and, when it is withheld from the caller, why. A withheld figure has neither value nor count.
/// </summary>
public sealed record EvaluationFigure(double? Value, int? People, string? SuppressedReason)
{
    public bool Suppressed => SuppressedReason is not null;

    public static EvaluationFigure AboutPeople(double? value, int people) => new(value, people, null);

    public static EvaluationFigure Count(int value, int people) => new(value, people, null);

    /// <summary>A figure about things rather than people, which no one can be recognised in.</summary>
    public static EvaluationFigure OfThings(double? value) => new(value, null, null);

    public EvaluationFigure Suppress(string reason) => new(null, null, reason);
}
