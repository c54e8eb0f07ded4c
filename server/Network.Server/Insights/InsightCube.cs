namespace Network.Server.Insights;

/// <summary>
/// Every measure in every cell, as it is counted: the value, and up to three of the employers behind it (enough to
/// tell whether fewer than three employers make up a figure). Indexed by measure, then cell.
/// </summary>
internal sealed class InsightCube
{
    private readonly int[] _firstEmployer;
    private readonly int[] _secondEmployer;
    private readonly byte[] _employers;
    private readonly int[] _lastContributor;
    private readonly List<int> _cells = [];

    public InsightCube(InsightAxes axes)
    {
        Axes = axes;
        var size = InsightMeasureShape.All.Count * axes.CellCount;
        Values = new long[size];
        _firstEmployer = new int[size];
        _secondEmployer = new int[size];
        _employers = new byte[size];
        _lastContributor = new int[size];
        Array.Fill(_lastContributor, -1);
    }

    public InsightAxes Axes { get; }

    public long[] Values { get; }

    public int Index(InsightMeasure measure, int cell) => ((int)measure * Axes.CellCount) + cell;

    /// <summary>How many employers make up the figure, counted up to three.</summary>
    public int EmployerCount(int index) => _employers[index];

    /// <summary>Adds <paramref name="weight"/> to every cell of <paramref name="what"/>, made up by the given employers.</summary>
    public void Add(InsightMeasure measure, InsightContribution what, long weight, int employer, int otherEmployer = -1)
    {
        foreach (var index in Cells(measure, what))
        {
            Values[index] += weight;
            Tally(index, employer);
            if (otherEmployer >= 0)
            {
                Tally(index, otherEmployer);
            }
        }
    }

    /// <summary>
    /// Counts <paramref name="contributor"/> once in every cell of <paramref name="what"/>, however often it is added.
    /// The contributions of one contributor must come one after another.
    /// </summary>
    public void AddDistinct(InsightMeasure measure, InsightContribution what, int contributor, int employer)
    {
        foreach (var index in Cells(measure, what))
        {
            if (_lastContributor[index] != contributor)
            {
                _lastContributor[index] = contributor;
                Values[index]++;
                Tally(index, employer);
            }
        }
    }

    /// <summary>
    /// The indexes of <paramref name="measure"/> in every cell of <paramref name="what"/>, written into one reused buffer:
    /// called for every cell a million mentors count in, so no delegate and no allocation per cell.
    /// </summary>
    private ReadOnlySpan<int> Cells(InsightMeasure measure, InsightContribution what)
    {
        _cells.Clear();
        var months = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(what.Months);
        if (months.Length == 0)
        {
            return [];
        }

        var offset = (int)measure * Axes.CellCount;
        foreach (var area in what.Areas)
        {
            foreach (var sector in what.Sectors)
            {
                foreach (var skill in what.Skills)
                {
                    var row = offset + Axes.Cell(area, sector, skill, 0);
                    foreach (var month in months)
                    {
                        _cells.Add(row + month);
                    }
                }
            }
        }

        return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_cells);
    }

    private void Tally(int index, int employer)
    {
        switch (_employers[index])
        {
            case 0:
                _firstEmployer[index] = employer;
                _employers[index] = 1;
                break;
            case 1 when _firstEmployer[index] != employer:
                _secondEmployer[index] = employer;
                _employers[index] = 2;
                break;
            case 2 when _firstEmployer[index] != employer && _secondEmployer[index] != employer:
                _employers[index] = 3;
                break;
        }
    }
}
