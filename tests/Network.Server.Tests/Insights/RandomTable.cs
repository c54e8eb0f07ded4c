using Network.Server.Insights;

namespace Network.Server.Tests.Insights;

/// <summary>
/// A linked table for the property tests, built independently of the server's axes: areas (leaves, then one value per
/// group, then the region), sectors (then all) and months (then the window), each total the sum of its members.
/// </summary>
internal sealed class RandomTable
{
    private readonly int[] _groups;
    private readonly int _sectors;
    private readonly int _months;
    private readonly HashSet<int> _fewEmployers = [];

    public RandomTable(int[] groups, int sectors, int months, int[] leafValues, bool[] fewEmployers)
    {
        _groups = groups;
        _sectors = sectors;
        _months = months;
        AreaLeaves = groups.Sum();
        AreaAll = AreaLeaves + groups.Length;
        Values = new long[(AreaAll + 1) * (sectors + 1) * (months + 1)];
        var leaf = 0;
        for (var a = 0; a < AreaLeaves; a++)
        {
            for (var s = 0; s < sectors; s++)
            {
                for (var m = 0; m < months; m++)
                {
                    foreach (var area in new[] { a, GroupOf(a), AreaAll })
                    {
                        foreach (var sector in new[] { s, sectors })
                        {
                            foreach (var month in new[] { m, months })
                            {
                                Values[Cell(area, sector, month)] += leafValues[leaf];
                            }
                        }
                    }

                    // As in the server's figures, a count of people that fewer than three employers make up is withheld for
                    // that reason only when it is not already small.
                    if (fewEmployers[leaf] && leafValues[leaf] >= 5)
                    {
                        _fewEmployers.Add(Cell(a, s, m));
                    }

                    leaf++;
                }
            }
        }

        Relations = [.. BuildRelations()];
    }

    public int AreaLeaves { get; }

    public int AreaAll { get; }

    public long[] Values { get; }

    public IReadOnlyList<int[]> Relations { get; }

    public int Cell(int area, int sector, int month) => (((area * (_sectors + 1)) + sector) * (_months + 1)) + month;

    public InsightSuppression Primary(int cell) => InsightDisclosure.Primary(aboutPeople: true, Values[cell], _fewEmployers.Contains(cell) ? 1 : 3);

    public InsightSuppression[] Suppress()
    {
        var reasons = Enumerable.Range(0, Values.Length).Select(Primary).ToArray();
        ComplementarySuppression.Apply(Values, reasons, Linked(), _ => true);
        return reasons;
    }

    /// <summary>The table's sums as the server holds them.</summary>
    public InsightRelations Linked()
    {
        var relations = new InsightRelations();
        foreach (var relation in Relations)
        {
            relations.Add(relation[0], relation.AsSpan(1));
        }

        return relations;
    }

    private int GroupOf(int area)
    {
        var end = 0;
        for (var g = 0; g < _groups.Length; g++)
        {
            end += _groups[g];
            if (area < end)
            {
                return AreaLeaves + g;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(area));
    }

    private IEnumerable<int[]> BuildRelations()
    {
        var areas = Enumerable.Range(0, AreaAll + 1).ToArray();
        var sectors = Enumerable.Range(0, _sectors + 1).ToArray();
        var months = Enumerable.Range(0, _months + 1).ToArray();
        foreach (var a in areas)
        {
            foreach (var s in sectors)
            {
                foreach (var m in months)
                {
                    if (a == AreaAll)
                    {
                        yield return [Cell(a, s, m), .. Enumerable.Range(AreaLeaves, _groups.Length).Select(g => Cell(g, s, m))];
                    }
                    else if (a >= AreaLeaves)
                    {
                        yield return [Cell(a, s, m), .. Enumerable.Range(0, AreaLeaves).Where(l => GroupOf(l) == a).Select(l => Cell(l, s, m))];
                    }

                    if (s == _sectors)
                    {
                        yield return [Cell(a, s, m), .. Enumerable.Range(0, _sectors).Select(x => Cell(a, x, m))];
                    }

                    if (m == _months)
                    {
                        yield return [Cell(a, s, m), .. Enumerable.Range(0, _months).Select(x => Cell(a, s, x))];
                    }
                }
            }
        }
    }
}
