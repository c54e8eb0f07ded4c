using Network.Server.Insights;

namespace Network.Server.Tests.Insights;

/// <summary>
/// What someone holding every shown figure could work out by arithmetic over the sums that link them
/// (<c>parent = Σ members</c>): exactly, by Gaussian elimination over the withheld figures as unknowns
/// (in the field of integers modulo the prime 2^61 − 1, which keeps every step exact; the field's arithmetic is the
/// server's, the elimination this class's own).
/// </summary>
internal static class LinearRecovery
{
    private const ulong Prime = ExactAudit.Prime;

    /// <summary>The withheld cells whose value follows from the sums; each relation is its parent followed by its members.</summary>
    public static IReadOnlySet<int> Recoverable(IReadOnlyCollection<int> withheld, IEnumerable<int[]> relations)
    {
        var column = withheld.Select((cell, i) => (cell, i)).ToDictionary(x => x.cell, x => x.i);
        var rows = new List<Dictionary<int, ulong>>();
        foreach (var relation in relations)
        {
            var row = new Dictionary<int, ulong>();
            for (var i = 0; i < relation.Length; i++)
            {
                if (column.TryGetValue(relation[i], out var c))
                {
                    row[c] = Add(row.GetValueOrDefault(c), i == 0 ? 1 : Prime - 1);
                }
            }

            if (row.Values.Any(v => v != 0))
            {
                rows.Add(row.Where(kv => kv.Value != 0).ToDictionary());
            }
        }

        // Sparse reduced row echelon form: each pivot row is kept reduced against every other pivot.
        var pivots = new Dictionary<int, Dictionary<int, ulong>>();
        foreach (var original in rows)
        {
            var row = new Dictionary<int, ulong>(original);
            foreach (var (pivot, pivotRow) in pivots)
            {
                if (row.TryGetValue(pivot, out var factor))
                {
                    Subtract(row, pivotRow, factor);
                }
            }

            if (row.Count == 0)
            {
                continue;
            }

            var lead = row.Keys.Min();
            Scale(row, Inverse(row[lead]));
            foreach (var other in pivots.Values)
            {
                if (other.TryGetValue(lead, out var factor))
                {
                    Subtract(other, row, factor);
                }
            }

            pivots[lead] = row;
        }

        var cells = withheld.ToArray();
        return pivots.Where(p => p.Value.Count == 1).Select(p => cells[p.Key]).ToHashSet();
    }

    private static void Subtract(Dictionary<int, ulong> row, Dictionary<int, ulong> pivotRow, ulong factor)
    {
        foreach (var (c, v) in pivotRow)
        {
            var value = Add(row.GetValueOrDefault(c), Prime - Multiply(factor, v));
            if (value == 0)
            {
                row.Remove(c);
            }
            else
            {
                row[c] = value;
            }
        }
    }

    private static void Scale(Dictionary<int, ulong> row, ulong factor)
    {
        foreach (var c in row.Keys.ToList())
        {
            row[c] = Multiply(row[c], factor);
        }
    }

    private static ulong Add(ulong a, ulong b) => (a + b) % Prime;

    private static ulong Multiply(ulong a, ulong b) => ExactAudit.Multiply(a, b);

    private static ulong Inverse(ulong a) => ExactAudit.Inverse(a);
}
