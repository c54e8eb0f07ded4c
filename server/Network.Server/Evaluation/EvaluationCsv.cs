using System.Globalization;
using CsvHelper;
using GraphQL;

namespace Network.Server.Evaluation;

/// <summary>
/// An evaluation as CSV for funders (RFC 4180, written by CsvHelper): one row per figure, with its section, the skill, direction,
/// checkpoint or objective it is for, its value, the people it is about, and why it is withheld where it is. Values are written
/// with invariant culture; an empty value is a figure that is withheld or has nothing to measure yet.
/// </summary>
public static class EvaluationCsv
{
    public const string MediaType = "text/csv; charset=utf-8";

    public static IEnumerable<EvaluationCsvRow> Rows(ProgrammeEvaluation e, IReadOnlyDictionary<int, string> skillNames)
    {
        static EvaluationCsvRow Row(string section, string figure, string? subject, EvaluationFigure f) => new(section, figure, subject, f.Value, f.People, f.SuppressedReason);

        yield return Row("participation", "enrolled", null, e.Participation.Enrolled);
        yield return Row("participation", "withdrawn", null, e.Participation.Withdrawn);
        yield return Row("participation", "pairs_formed", null, e.Participation.PairsFormed);
        yield return Row("participation", "two_way_percent", null, e.Participation.TwoWayPercent);
        yield return Row("sessions", "planned", null, e.Sessions.Planned);
        yield return Row("sessions", "held", null, e.Sessions.Held);
        yield return Row("sessions", "missed", null, e.Sessions.Missed);
        yield return Row("sessions", "cancelled", null, e.Sessions.Cancelled);
        yield return Row("sessions", "attendance_percent", null, e.Sessions.AttendancePercent);
        yield return Row("sessions", "mean_rating", null, e.Sessions.MeanRating);
        IEnumerable<(string Subject, ConfidenceGroup Group)> groups =
        [
            ("all", e.Confidence.Overall),
            .. e.Confidence.BySkill.Select(g => ("skill: " + skillNames.GetValueOrDefault(g.SkillId ?? 0, $"#{g.SkillId}"), g)),
            .. e.Confidence.ByDirection.Select(g => ("direction: " + g.Direction!.Value.ToString().ToConstantCase(), g)),
        ];
        foreach (var (subject, group) in groups)
        {
            yield return Row("confidence", "learners", subject, group.Learners);
            yield return Row("confidence", "mean_change", subject, group.MeanChange);
            yield return Row("confidence", "more_confident_percent", subject, group.MoreConfidentPercent);
        }

        yield return Row("surveys", "responses", null, e.Surveys.Responses);
        yield return Row("surveys", "mean_satisfaction", null, e.Surveys.MeanSatisfaction);
        yield return Row("surveys", "net_promoter_score", null, e.Surveys.NetPromoterScore);
        yield return Row("surveys", "would_do_again_percent", null, e.Surveys.WouldDoAgainPercent);
        foreach (var retention in e.Retention)
        {
            var checkpoint = retention.Checkpoint.ToString().ToConstantCase();
            yield return Row("retention", "confirmed", checkpoint, retention.Confirmed);
            yield return Row("retention", "still_employed", checkpoint, retention.StillEmployed);
            yield return Row("retention", "retained_percent", checkpoint, retention.RetainedPercent);
        }

        yield return Row("gaps", "targeted", null, e.Gaps.Targeted);
        yield return Row("gaps", "addressed", null, e.Gaps.Addressed);
        yield return Row("gaps", "closed_as_filled", null, e.Gaps.ClosedAsFilled);
        yield return Row("gaps", "filled_with_programme_help", null, e.Gaps.FilledWithProgrammeHelp);
        foreach (var objective in e.Objectives)
        {
            var progress = objective.Progress;
            var measure = progress.Measure.ToString().ToConstantCase();
            yield return new("objective", measure + " target", objective.Objective.Statement, progress.Target, null, null);
            yield return new("objective", measure + " current", objective.Objective.Statement, progress.Current, null, progress.Note);
        }
    }

    /// <summary>The CSV: a header, then the rows; text that a spreadsheet would run as a formula is escaped.</summary>
    public static string Write(ProgrammeEvaluation evaluation, IReadOnlyDictionary<int, string> skillNames)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(writer, CsvWriterOptions.Default with { Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteHeader([.. EvaluationCsvRow.Header]);
            foreach (var row in Rows(evaluation, skillNames))
            {
                csv.WriteField(row.Section);
                csv.WriteField(row.Figure);
                csv.WriteField(row.Subject ?? string.Empty);
                csv.WriteField(row.Value, string.Empty);
                csv.WriteField(row.People, string.Empty);
                csv.WriteField(row.WithheldReason ?? string.Empty);
                csv.EndRecord();
            }

            csv.Flush();
        }

        return writer.ToString();
    }

}
