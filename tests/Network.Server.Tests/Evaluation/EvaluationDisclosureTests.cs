using Network.Server.Evaluation;
using Network.Server.Programmes;

namespace Network.Server.Tests.Evaluation;

/// <summary>
/// What partners may see of an evaluation: primary suppression below five people, and secondary suppression where rows add up to a
/// shown total, so that no withheld row can be derived by subtracting the others from the total.
/// </summary>
public sealed class EvaluationDisclosureTests
{
    [Fact]
    public void A_lone_small_row_under_a_shown_total_takes_the_next_smallest_row_with_it()
    {
        var protectedRows = Protect(bySkill: [Row(1, 2), Row(2, 9), Row(3, 6)], overall: Row(null, 17)).Confidence.BySkill;

        Assert.Equal(EvaluationDisclosure.SmallNumber, protectedRows[0].MeanChange.SuppressedReason);
        Assert.Equal(EvaluationDisclosure.Complementary, protectedRows[2].MeanChange.SuppressedReason);
        Assert.Null(protectedRows[2].Learners.Value);
        Assert.False(protectedRows[1].MeanChange.Suppressed);
        Assert.Equal(9, protectedRows[1].Learners.Value);
    }

    [Fact]
    public void Two_small_rows_about_fewer_than_five_people_together_take_a_third()
    {
        var rows = Protect(bySkill: [Row(1, 1), Row(2, 2), Row(3, 7), Row(4, 8)], overall: Row(null, 18)).Confidence.BySkill;

        Assert.Equal([true, true, true, false], rows.Select(r => r.Learners.Suppressed));
    }

    [Fact]
    public void Rows_that_are_safe_together_or_under_a_withheld_total_take_nothing_more()
    {
        var safe = Protect(bySkill: [Row(1, 2), Row(2, 3), Row(3, 9)], overall: Row(null, 14)).Confidence.BySkill;
        var underSmallTotal = Protect(bySkill: [Row(1, 1), Row(2, 2)], overall: Row(null, 3));

        Assert.Equal([true, true, false], safe.Select(r => r.Learners.Suppressed));
        Assert.True(underSmallTotal.Confidence.Overall.MeanChange.Suppressed);
        Assert.All(underSmallTotal.Confidence.BySkill, r => Assert.Equal(EvaluationDisclosure.SmallNumber, r.Learners.SuppressedReason));
    }

    [Fact]
    public void Figures_about_things_and_zero_people_are_shown_and_coordinators_copy_is_untouched()
    {
        var evaluation = Evaluation([Row(1, 2)], Row(null, 2));

        var shown = EvaluationDisclosure.Protect(evaluation);

        Assert.True(shown.Suppressed);
        Assert.Equal(3, shown.Gaps.Targeted.Value);
        Assert.Equal(0, shown.Participation.Withdrawn.Value);
        Assert.False(evaluation.Suppressed);
        Assert.Equal(2, evaluation.Confidence.Overall.Learners.Value);
    }

    private static ProgrammeEvaluation Protect(IReadOnlyList<ConfidenceGroup> bySkill, ConfidenceGroup overall) =>
        EvaluationDisclosure.Protect(Evaluation(bySkill, overall));

    private static ConfidenceGroup Row(int? skillId, int people) => new(
        skillId, null, EvaluationFigure.Count(people, people), EvaluationFigure.AboutPeople(1.0, people), EvaluationFigure.AboutPeople(50, people));

    private static ProgrammeEvaluation Evaluation(IReadOnlyList<ConfidenceGroup> bySkill, ConfidenceGroup overall)
    {
        var none = EvaluationFigure.Count(0, 0);
        return new ProgrammeEvaluation(
            new Programme { Name = "Test", Location = new NetTopologySuite.Geometries.Point(0, 0) },
            DateTimeOffset.UnixEpoch,
            false,
            new ParticipationEvaluation(EvaluationFigure.Count(20, 20), none, EvaluationFigure.Count(10, 20), EvaluationFigure.AboutPeople(50, 20)),
            new SessionEvaluation(none, none, none, none, none, none),
            new ConfidenceEvaluation(overall, bySkill, []),
            new SurveyEvaluation(none, none, none, none),
            [],
            new GapEvaluation(EvaluationFigure.OfThings(3), EvaluationFigure.OfThings(1), EvaluationFigure.OfThings(0), EvaluationFigure.OfThings(0)),
            []);
    }
}
