namespace Network.Server.Insights;

/// <summary>
/// The sums that hold between figures, each a parent and its members (<c>parent = Σ members</c>), stored flat:
/// relation <c>r</c> is <c>Cells[Starts[r]]</c> (the parent) followed by its members up to <c>Starts[r + 1]</c>.
/// They are what someone could do arithmetic with, so complementary suppression must leave none of them with
/// exactly one unknown.
/// </summary>
internal sealed class InsightRelations
{
    private readonly List<int> _cells = [];
    private readonly List<int> _starts = [0];

    public int Count => _starts.Count - 1;

    public ReadOnlySpan<int> this[int relation] =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_cells)[_starts[relation].._starts[relation + 1]];

    public void Add(int parent, IEnumerable<int> members)
    {
        _cells.Add(parent);
        _cells.AddRange(members);
        _starts.Add(_cells.Count);
    }

    /// <summary>The relations in which each cell of a table of <paramref name="size"/> takes part.</summary>
    public int[][] ByCell(int size)
    {
        var counts = new int[size];
        foreach (var cell in _cells)
        {
            counts[cell]++;
        }

        var byCell = counts.Select(c => new int[c]).ToArray();
        Array.Clear(counts);
        for (var r = 0; r < Count; r++)
        {
            foreach (var cell in this[r])
            {
                byCell[cell][counts[cell]++] = r;
            }
        }

        return byCell;
    }

    /// <summary>Every sum that holds between the figures of <paramref name="axes"/>, for each measure along the axes it adds up on.</summary>
    public static InsightRelations For(InsightAxes axes)
    {
        var relations = new InsightRelations();
        foreach (var shape in InsightMeasureShape.All)
        {
            var offset = (int)shape.Measure * axes.CellCount;
            for (var cell = 0; cell < axes.CellCount; cell++)
            {
                var (area, sector, skill, month) = axes.Coordinates(cell);
                if (shape.AreaAdditive && area >= axes.Area.Leaves)
                {
                    relations.Add(offset + cell, axes.Area.Members(area).Select(a => offset + axes.Cell(a, sector, skill, month)));
                }

                if (shape.SectorAdditive && sector >= axes.Sector.Leaves)
                {
                    relations.Add(offset + cell, axes.Sector.Members(sector).Select(s => offset + axes.Cell(area, s, skill, month)));
                }

                if (shape.SkillAdditive && skill >= axes.Skill.Leaves)
                {
                    relations.Add(offset + cell, axes.Skill.Members(skill).Select(k => offset + axes.Cell(area, sector, k, month)));
                }

                if (month == axes.Month.All)
                {
                    // A stock's window figure is its last month's; a flow's is the sum of the months.
                    int[] months = shape.Stock ? [InsightAxes.WindowMonths - 1] : [.. axes.Month.Members(month)];
                    relations.Add(offset + cell, months.Select(m => offset + axes.Cell(area, sector, skill, m)));
                }
            }
        }

        for (var cell = 0; cell < axes.CellCount; cell++)
        {
            relations.Add(
                ((int)InsightMeasure.OpenSkillsGaps * axes.CellCount) + cell,
                InsightMeasureShape.Severities.Select(s => ((int)s * axes.CellCount) + cell));
        }

        return relations;
    }
}
