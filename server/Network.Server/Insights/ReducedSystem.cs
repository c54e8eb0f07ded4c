namespace Network.Server.Insights;

/// <summary>
/// A sparse linear system modulo <see cref="ExactAudit.Prime"/>, kept in reduced row echelon form as rows arrive: each
/// pivot row is zero in every other pivot's column. An index from column to the pivot rows holding it keeps each new
/// pivot's elimination to the rows it touches. One system is used for group after group (<see cref="Clear"/>): its rows
/// and indexes are kept for the next, so that auditing thousands of groups allocates little.
/// </summary>
internal sealed class ReducedSystem
{
    private readonly Dictionary<int, Dictionary<int, ulong>> _pivots = [];
    private readonly Dictionary<int, HashSet<int>> _rowsWith = [];
    private readonly Stack<Dictionary<int, ulong>> _spareRows = [];
    private readonly Stack<HashSet<int>> _spareHolders = [];
    private readonly List<int> _columns = [];
    private readonly List<int> _holders = [];

    /// <summary>The unknowns whose value the rows fix: their pivot row holds nothing else.</summary>
    public int[] Determined() => [.. _pivots.Where(p => p.Value.Count == 1).Select(p => p.Key)];

    /// <summary>An empty row to fill and <see cref="Insert"/>.</summary>
    public Dictionary<int, ulong> NewRow() => _spareRows.TryPop(out var row) ? row : [];

    /// <summary>Empties the system for the next one, keeping its rows for reuse.</summary>
    public void Clear()
    {
        foreach (var row in _pivots.Values)
        {
            Recycle(row);
        }

        foreach (var holders in _rowsWith.Values)
        {
            holders.Clear();
            _spareHolders.Push(holders);
        }

        _pivots.Clear();
        _rowsWith.Clear();
    }

    public void Insert(Dictionary<int, ulong> row)
    {
        _columns.Clear();
        _columns.AddRange(row.Keys);
        foreach (var column in _columns)
        {
            if (row.TryGetValue(column, out var factor) && _pivots.TryGetValue(column, out var pivotRow))
            {
                Subtract(row, pivotRow, factor, lead: null);
            }
        }

        if (row.Count == 0)
        {
            Recycle(row);
            return;
        }

        var lead = row.Keys.Min();
        var inverse = ExactAudit.Inverse(row[lead]);
        _columns.Clear();
        _columns.AddRange(row.Keys);
        foreach (var column in _columns)
        {
            row[column] = ExactAudit.Multiply(row[column], inverse);
        }

        if (_rowsWith.TryGetValue(lead, out var holders))
        {
            _holders.Clear();
            _holders.AddRange(holders);
            foreach (var other in _holders)
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
            holders = _spareHolders.TryPop(out var spare) ? spare : [];
            _rowsWith[column] = holders;
        }

        return holders;
    }

    private void Recycle(Dictionary<int, ulong> row)
    {
        row.Clear();
        _spareRows.Push(row);
    }
}
