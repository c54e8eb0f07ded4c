namespace Network.Server.Insights;

/// <summary>
/// The sums that hold between figures, each a parent and its members (<c>parent = Σ members</c>), stored flat:
/// relation <c>r</c> is <c>Cells[Starts[r]]</c> (the parent) followed by its members up to <c>Starts[r + 1]</c>.
/// They are what someone could do arithmetic with, so complementary suppression must leave none of them with
/// exactly one unknown. They depend on the axes' shape only, not on the data, so a refresh reuses them while the
/// areas and skills stay the same (<see cref="Fits"/>).
/// </summary>
internal sealed class InsightRelations
{
    private int[] _cells;
    private int[] _starts;
    private int _length;
    private CellRelations? _byCell;

    public InsightRelations()
        : this(relations: 16, cells: 64)
    {
    }

    private InsightRelations(int relations, int cells)
    {
        _cells = new int[cells];
        _starts = new int[relations + 1];
    }

    public int Count { get; private set; }

    /// <summary>The axes these sums were listed for, when listed by <see cref="For"/>.</summary>
    public InsightAxes? Axes { get; private init; }

    public ReadOnlySpan<int> this[int relation] => _cells.AsSpan(_starts[relation], _starts[relation + 1] - _starts[relation]);

    public void Add(int parent, ReadOnlySpan<int> members)
    {
        Begin(parent);
        foreach (var member in members)
        {
            Member(member);
        }

        End();
    }

    /// <summary>The relations in which each cell of a table of <paramref name="size"/> takes part, worked out once.</summary>
    public CellRelations ByCell(int size)
    {
        if (_byCell is { } known && known.Size == size)
        {
            return known;
        }

        _byCell = CellRelations.Of(this, size);
        return _byCell;
    }

    /// <summary>Whether these are the sums of <paramref name="axes"/>: listed for axes of the same shape.</summary>
    public bool Fits(InsightAxes axes) => Axes is { } listed && listed.SameShapeAs(axes);

    /// <summary>Every sum that holds between the figures of <paramref name="axes"/>, for each measure along the axes it adds up on.</summary>
    public static InsightRelations For(InsightAxes axes)
    {
        // Counted first, so that the arrays are allocated once, at their size.
        var (relationCount, cellCount) = List(axes, into: null);
        var relations = new InsightRelations(relationCount, cellCount) { Axes = axes };
        List(axes, relations);
        return relations;
    }

    /// <summary>
    /// Lists the sums of <paramref name="axes"/> into <paramref name="into"/>, or only counts them when it is null. A cell's
    /// index is linear in each coordinate, so the members of a sum along one axis lie at a fixed stride from each other.
    /// </summary>
    private static (int Relations, int Cells) List(InsightAxes axes, InsightRelations? into)
    {
        var (relationCount, cellCount) = (0, 0);
        void Sum(int parent, int[] members, int first, int stride)
        {
            relationCount++;
            cellCount += 1 + members.Length;
            if (into is not null)
            {
                into.Begin(parent);
                foreach (var member in members)
                {
                    into.Member(first + (member * stride));
                }

                into.End();
            }
        }

        var monthStride = 1;
        var skillStride = axes.Month.Size;
        var sectorStride = skillStride * axes.Skill.Size;
        var areaStride = sectorStride * axes.Sector.Size;
        int[] lastMonth = [InsightAxes.WindowMonths - 1];
        foreach (var shape in InsightMeasureShape.All)
        {
            var offset = (int)shape.Measure * axes.CellCount;
            for (var cell = 0; cell < axes.CellCount; cell++)
            {
                var (area, sector, skill, month) = axes.Coordinates(cell);
                var parent = offset + cell;
                if (shape.AreaAdditive && area >= axes.Area.Leaves)
                {
                    Sum(parent, axes.Area.Members(area), parent - (area * areaStride), areaStride);
                }

                if (shape.SectorAdditive && sector >= axes.Sector.Leaves)
                {
                    Sum(parent, axes.Sector.Members(sector), parent - (sector * sectorStride), sectorStride);
                }

                if (shape.SkillAdditive && skill >= axes.Skill.Leaves)
                {
                    Sum(parent, axes.Skill.Members(skill), parent - (skill * skillStride), skillStride);
                }

                if (month == axes.Month.All)
                {
                    // A stock's window figure is its last month's; a flow's is the sum of the months.
                    Sum(parent, shape.Stock ? lastMonth : axes.Month.Members(month), parent - (month * monthStride), monthStride);
                }
            }
        }

        // The open gaps of each severity add up to the open gaps, cell by cell.
        int[] severities = [.. InsightMeasureShape.Severities.Select(s => (int)s)];
        for (var cell = 0; cell < axes.CellCount; cell++)
        {
            Sum(((int)InsightMeasure.OpenSkillsGaps * axes.CellCount) + cell, severities, cell, axes.CellCount);
        }

        return (relationCount, cellCount);
    }

    private void Begin(int parent)
    {
        if (Count + 2 > _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
        }

        Member(parent);
    }

    private void Member(int cell)
    {
        if (_length == _cells.Length)
        {
            Array.Resize(ref _cells, _cells.Length * 2);
        }

        _cells[_length++] = cell;
    }

    private void End() => _starts[++Count] = _length;
}
