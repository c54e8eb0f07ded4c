namespace Network.Server.Insights;

/// <summary>
/// The relations each cell takes part in, in one flat array: those of cell <c>c</c> lie between <c>Starts[c]</c> and
/// <c>Starts[c + 1]</c>, in ascending order.
/// </summary>
internal sealed class CellRelations
{
    private readonly int[] _starts;
    private readonly int[] _relations;

    private CellRelations(int[] starts, int[] relations)
    {
        _starts = starts;
        _relations = relations;
    }

    public int Size => _starts.Length - 1;

    public ReadOnlySpan<int> this[int cell] => _relations.AsSpan(_starts[cell], _starts[cell + 1] - _starts[cell]);

    public static CellRelations Of(InsightRelations relations, int size)
    {
        var starts = new int[size + 1];
        for (var r = 0; r < relations.Count; r++)
        {
            foreach (var cell in relations[r])
            {
                starts[cell + 1]++;
            }
        }

        for (var cell = 0; cell < size; cell++)
        {
            starts[cell + 1] += starts[cell];
        }

        var next = starts[..^1];
        var byCell = new int[starts[size]];
        for (var r = 0; r < relations.Count; r++)
        {
            foreach (var cell in relations[r])
            {
                byCell[next[cell]++] = r;
            }
        }

        return new CellRelations(starts, byCell);
    }
}
