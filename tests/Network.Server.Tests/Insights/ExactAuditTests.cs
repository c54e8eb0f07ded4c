using CsCheck;
using Network.Server.Insights;

namespace Network.Server.Tests.Insights;

/// <summary>
/// The exact audit keeps the answer of each group of withheld figures that gained none since it was last asked. Asked
/// again after more figures are withheld, it must answer exactly as an audit asked for the first time would: the same
/// figures, in the same order (complementary suppression widens them in that order).
/// </summary>
public sealed class ExactAuditTests
{
    private static readonly Gen<(RandomTable Table, bool[] First, bool[] More)> Cases =
        from groups in Gen.Int[1, 3].Array[1, 3]
        from sectors in Gen.Int[1, 3]
        from months in Gen.Int[1, 4]
        let cells = (groups.Sum() + groups.Length + 1) * (sectors + 1) * (months + 1)
        from values in Gen.Int[0, 40].Array[groups.Sum() * sectors * months]
        from first in Gen.Int[0, 3].Array[cells]
        from more in Gen.Int[0, 5].Array[cells]
        select (new RandomTable(groups, sectors, months, values, new bool[values.Length]),
            first.Select(f => f == 0).ToArray(), more.Select(m => m == 0).ToArray());

    [Fact]
    public void Asked_again_after_more_figures_are_withheld_it_answers_as_a_fresh_audit_would() =>
        Cases.Sample(c =>
        {
            var relations = c.Table.Linked();
            var reasons = c.First.Select(Withheld).ToArray();
            var audit = new ExactAudit(relations, reasons.Length);
            var before = audit.Determined(reasons, out _);
            var again = audit.Determined(reasons, out _);

            var widened = reasons.Select((r, i) => c.More[i] ? InsightSuppression.ProtectsAnotherFigure : r).ToArray();
            var after = audit.Determined(widened, out _);
            var fresh = new ExactAudit(relations, widened.Length).Determined(widened, out _);
            return before.SequenceEqual(again) && after.SequenceEqual(fresh);
        }, iter: 500);

    [Fact]
    public void A_withheld_figure_that_one_sum_pins_down_is_found()
    {
        // One area group of three, one sector, one month: the total and one member withheld, the two others shown.
        var table = new RandomTable([3], 1, 1, [2, 9, 6], [false, false, false]);
        var reasons = new InsightSuppression[table.Values.Length];
        reasons[table.Cell(0, 0, 0)] = InsightSuppression.FewPeople;

        var determined = new ExactAudit(table.Linked(), reasons.Length).Determined(reasons, out var unaudited);

        Assert.Equal([table.Cell(0, 0, 0)], determined);
        Assert.Equal(0, unaudited);
    }

    private static InsightSuppression Withheld(bool withheld) => withheld ? InsightSuppression.FewPeople : InsightSuppression.None;
}
