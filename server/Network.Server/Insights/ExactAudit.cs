namespace Network.Server.Insights;

/// <summary>
/// Finds the withheld figures that could still be worked out exactly by combining the sums, as someone with every
/// shown figure could: the withheld figures are the unknowns of a linear system, one equation per sum, and an unknown
/// is determined exactly when its unit vector lies in the row space. Gaussian elimination runs in the integers modulo
/// the prime 2^61 − 1, where every step is exact, one connected group of withheld figures at a time.
/// </summary>
internal static class ExactAudit
{
    internal const ulong Prime = (1UL << 61) - 1;

    /// <summary>
    /// Groups of linked withheld figures larger than this are not audited: elimination grows with the square of a
    /// group's size, and such groups arise only where nearly everything is small (a tiny network), where the
    /// complementary pass alone leaves every sum with two or more unknowns.
    /// </summary>
    public const int MaxGroup = 1_500;

    public static List<int> Determined(ReadOnlySpan<InsightSuppression> reasons, InsightRelations relations, out int unaudited)
    {
        unaudited = 0;
        var groups = new UnionFind();
        var linked = new List<(int Relation, int Cell)>();
        for (var r = 0; r < relations.Count; r++)
        {
            var first = -1;
            foreach (var cell in relations[r])
            {
                if (reasons[cell] != InsightSuppression.None)
                {
                    groups.Union(first < 0 ? cell : first, cell);
                    first = first < 0 ? cell : first;
                }
            }

            if (first >= 0)
            {
                linked.Add((r, first));
            }
        }

        var determined = new List<int>();
        foreach (var group in linked.GroupBy(l => groups.Find(l.Cell)))
        {
            if (groups.Size(group.Key) > MaxGroup)
            {
                unaudited += groups.Size(group.Key);
                continue;
            }

            var system = new ReducedSystem();
            foreach (var (relation, _) in group)
            {
                system.Insert(Row(reasons, relations[relation]));
            }

            determined.AddRange(system.Determined());
        }

        return determined;
    }

    /// <summary>The sum as an equation over its withheld figures: +1 for the parent, −1 for each member.</summary>
    private static Dictionary<int, ulong> Row(ReadOnlySpan<InsightSuppression> reasons, ReadOnlySpan<int> cells)
    {
        var row = new Dictionary<int, ulong>();
        for (var i = 0; i < cells.Length; i++)
        {
            if (reasons[cells[i]] != InsightSuppression.None)
            {
                row[cells[i]] = (row.GetValueOrDefault(cells[i]) + (i == 0 ? 1 : Prime - 1)) % Prime;
            }
        }

        return row;
    }

    internal static ulong Multiply(ulong a, ulong b) => (ulong)((UInt128)a * b % Prime);

    internal static ulong Inverse(ulong a)
    {
        var (result, power, exponent) = (1UL, a, Prime - 2);
        while (exponent > 0)
        {
            if ((exponent & 1) == 1)
            {
                result = Multiply(result, power);
            }

            power = Multiply(power, power);
            exponent >>= 1;
        }

        return result;
    }
}
