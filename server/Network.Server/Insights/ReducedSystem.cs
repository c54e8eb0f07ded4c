namespace Network.Server.Insights;

/// <summary>
/// A sparse linear system modulo <see cref="ExactAudit.Prime"/>, kept in reduced row echelon form as rows arrive: each
/// pivot row is zero in every other pivot's column. An index from column to the pivot rows holding it keeps each new
/// pivot's elimination to the rows it touches.
/// </summary>
internal sealed class ReducedSystem
{
    private readonly Dictionary<int, Dictionary<int, ulong>> _pivots = [];
    private readonly Dictionary<int, HashSet<int>> _rowsWith = [];

    /// <summary>The unknowns whose value the rows fix: their pivot row holds nothing else.</summary>
    public IEnumerable<int> Determined() => _pivots.Where(p => p.Value.Count == 1).Select(p => p.Key);

    public void Insert(Dictionary<int, ulong> row)
    {
        foreach (var column in row.Keys.ToList())
        {
            if (row.TryGetValue(column, out var factor) && _pivots.TryGetValue(column, out var pivotRow))
            {
                Subtract(row, pivotRow, factor, lead: null);
            }
        }

        if (row.Count == 0)
        {
            return;
        }

        var lead = row.Keys.Min();
        var inverse = ExactAudit.Inverse(row[lead]);
        foreach (var column in row.Keys.ToList())
        {
            row[column] = ExactAudit.Multiply(row[column], inverse);
        }

        if (_rowsWith.TryGetValue(lead, out var holders))
        {
            foreach (var other in holders.ToList())
            {
                Subtract(_pivots[other], row, _pivots[other][lead], other);
            }
        }

        _pivots[lead] = row;
        foreach (var column in row.Keys)
        {
            Holders(column).Add(lead);
        }
    }

    /// <summary><paramref name="row"/> −= <paramref name="factor"/> × <paramref name="pivotRow"/>, keeping the index when <paramref name="row"/> is the pivot row of <paramref name="lead"/>.</summary>
    private void Subtract(Dictionary<int, ulong> row, Dictionary<int, ulong> pivotRow, ulong factor, int? lead)
    {
        foreach (var (column, value) in pivotRow)
        {
            var had = row.TryGetValue(column, out var current);
            var result = (current + ExactAudit.Prime - ExactAudit.Multiply(factor, value)) % ExactAudit.Prime;
            if (result == 0)
            {
                row.Remove(column);
                if (had && lead is { } removedFrom)
                {
                    _rowsWith[column].Remove(removedFrom);
                }
            }
            else
            {
                row[column] = result;
                if (!had && lead is { } addedTo)
                {
                    Holders(column).Add(addedTo);
                }
            }
        }
    }

    private HashSet<int> Holders(int column)
    {
        if (!_rowsWith.TryGetValue(column, out var holders))
        {
            holders = [];
            _rowsWith[column] = holders;
        }

        return holders;
    }
}
