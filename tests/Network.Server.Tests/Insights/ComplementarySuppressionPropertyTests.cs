using CsCheck;
using Network.Server.Insights;

namespace Network.Server.Tests.Insights;

/// <summary>
/// Disclosure control on random linked tables: areas in groups under a region, sectors under all sectors, months under
/// a window, every group the sum of its members along each axis. After suppression, someone holding every shown figure
/// tries to work each withheld one out by exact linear algebra over all the sums, and must fail.
/// </summary>
public sealed class ComplementarySuppressionPropertyTests
{
    private static readonly Gen<RandomTable> Tables =
        from groups in Gen.Int[1, 3].Array[1, 3]
        from sectors in Gen.Int[1, 3]
        from months in Gen.Int[1, 4]
        from values in Gen.OneOf(Gen.Const(0), Gen.Int[1, 4], Gen.Int[5, 40]).Array[groups.Sum() * sectors * months]
        from fewEmployers in Gen.Int[0, 9].Array[groups.Sum() * sectors * months]
        select new RandomTable(groups, sectors, months, values, [.. fewEmployers.Select(f => f == 0)]);

    [Fact]
    public void No_withheld_figure_can_be_worked_out_from_the_shown_ones() =>
        Tables.Sample(table =>
        {
            var reasons = table.Suppress();
            var withheld = Enumerable.Range(0, reasons.Length).Where(i => reasons[i] != InsightSuppression.None).ToList();
            return LinearRecovery.Recoverable(withheld, table.Relations).Count == 0;
        }, iter: 500);

    [Fact]
    public void Withheld_people_under_a_shown_total_never_come_to_fewer_than_five_together() =>
        Tables.Sample(table =>
        {
            var reasons = table.Suppress();
            return table.Relations.All(r => reasons[r[0]] != InsightSuppression.None
                || r.Skip(1).Where(c => reasons[c] != InsightSuppression.None).Sum(c => table.Values[c]) is 0 or >= 5);
        }, iter: 500);

    [Fact]
    public void What_the_reasons_say_of_withheld_people_never_pins_one_down_under_a_shown_total() =>
        Tables.Sample(table =>
        {
            var reasons = table.Suppress();
            foreach (var relation in table.Relations.Where(r => reasons[r[0]] == InsightSuppression.None))
            {
                var withheld = relation.Skip(1).Where(c => reasons[c] != InsightSuppression.None).ToList();
                var total = withheld.Sum(c => table.Values[c]);
                foreach (var cell in withheld)
                {
                    // A FEW_PEOPLE count is 1 to 4; any other withheld count of people was not small, so is 5 or more.
                    var others = withheld.Where(c => c != cell).ToList();
                    var othersLeast = others.Sum(c => reasons[c] == InsightSuppression.FewPeople ? 1L : 5L);
                    var othersMost = others.All(c => reasons[c] == InsightSuppression.FewPeople) ? others.Count * 4L : long.MaxValue / 2;
                    var least = Math.Max(reasons[cell] == InsightSuppression.FewPeople ? 1 : 5, total - othersMost);
                    var most = Math.Min(reasons[cell] == InsightSuppression.FewPeople ? 4 : long.MaxValue / 2, total - othersLeast);
                    if (least >= most)
                    {
                        return false;
                    }
                }
            }

            return true;
        }, iter: 500);

    [Fact]
    public void Every_small_count_and_every_figure_about_few_employers_stays_withheld_for_its_own_reason() =>
        Tables.Sample(table =>
        {
            var reasons = table.Suppress();
            return Enumerable.Range(0, reasons.Length).All(i => table.Primary(i) == InsightSuppression.None || reasons[i] == table.Primary(i));
        }, iter: 500);

    [Fact]
    public void A_lone_small_count_takes_the_smallest_neighbour_with_it_and_nothing_else()
    {
        // One area group of three, one sector, one month: [2, 9, 6] under a total of 17.
        var table = new RandomTable([3], 1, 1, [2, 9, 6], [false, false, false]);

        var reasons = table.Suppress();

        Assert.Equal(InsightSuppression.FewPeople, reasons[table.Cell(0, 0, 0)]);
        Assert.Equal(InsightSuppression.ProtectsAnotherFigure, reasons[table.Cell(2, 0, 0)]);
        Assert.Equal(InsightSuppression.None, reasons[table.Cell(1, 0, 0)]);
        Assert.Equal(17, table.Values[table.Cell(table.AreaAll, 0, 0)]);
        Assert.Equal(InsightSuppression.None, reasons[table.Cell(table.AreaAll, 0, 0)]);
    }
}
