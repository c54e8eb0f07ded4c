namespace Network.Server.Evaluation;

/// <summary>One figure of an evaluation as a row of its CSV download.</summary>
public sealed record EvaluationCsvRow(string Section, string Figure, string? Subject, double? Value, int? People, string? WithheldReason)
{
    public static IReadOnlyList<string> Header { get; } = ["section", "figure", "subject", "value", "people", "withheld_reason"];
}
