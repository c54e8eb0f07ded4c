namespace Network.Server.Insights;

/// <summary>
/// Finds the withheld figures that could still be worked out exactly by combining the sums, as someone with every
/// shown figure could: the withheld figures are the unknowns of a linear system, one equation per sum, and an unknown
/// is determined exactly when its unit vector lies in the row space. Gaussian elimination runs in the integers modulo
/// the prime 2^61 − 1, where every step is exact, one connected group of withheld figures at a time.
/// </summary>
/// <remarks>
/// Complementary suppression asks again after every widening, and a widening changes few groups: a group that gained no
/// withheld figure since the last call has the same figures and the same sums, so its answer is kept rather than worked
/// out again.
/// </remarks>
internal sealed class ExactAudit(InsightRelations relations, int size)
{
    internal const ulong Prime = (1UL << 61) - 1;

    /// <summary>
    /// Groups of linked withheld figures larger than this are not audited: elimination grows with the square of a
    /// group's size, and such groups arise only where nearly everything is small (a tiny network), where the
    /// complementary pass alone leaves every sum with two or more unknowns.
    /// </summary>
    public const int MaxGroup = 1_500;

    private readonly UnionFind _groups = new(size);
    private readonly bool[] _withheldBefore = new bool[size];
    private readonly int[] _groupOfRoot = CreateFilled(size, -1);
    private readonly List<(int Relation, int Cell, bool Changed)> _linked = [];
    private readonly List<Group> _found = [];
    private readonly ReducedSystem _system = new();
    private Dictionary<int, int[]> _answers = [];
    private int[] _members = [];

    /// <summary>The withheld figures that the shown ones and the sums pin down, group by group in the order of their first sum.</summary>
    public List<int> Determined(ReadOnlySpan<InsightSuppression> reasons, out int unaudited)
    {
        unaudited = 0;
        _groups.Reset();
        _linked.Clear();
        _found.Clear();
        for (var r = 0; r < relations.Count; r++)
        {
            var (first, changed) = (-1, false);
            foreach (var cell in relations[r])
            {
                if (reasons[cell] != InsightSuppression.None)
                {
                    first = first < 0 ? cell : first;
                    _groups.Union(first, cell);
                    changed |= !_withheldBefore[cell];
                }
            }

            if (first >= 0)
            {
                _linked.Add((r, first, changed));
            }
        }

        // The groups in the order of their first sum, each with its sums in order (as they are inserted into its system).
        if (_members.Length < _linked.Count)
        {
            _members = new int[_linked.Count * 2];
        }

        var members = _members;
        foreach (var (relation, cell, changed) in _linked)
        {
            var root = _groups.Find(cell);
            if (_groupOfRoot[root] < 0)
            {
                _groupOfRoot[root] = _found.Count;
                _found.Add(new Group(relation, _groups.Size(root)));
            }

            var group = _found[_groupOfRoot[root]];
            group.Count++;
            group.Changed |= changed;
        }

        var start = 0;
        foreach (var group in _found)
        {
            (group.Start, group.End, start) = (start, start, start + group.Count);
        }

        foreach (var (relation, cell, _) in _linked)
        {
            members[_found[_groupOfRoot[_groups.Find(cell)]].End++] = relation;
        }

        var determined = new List<int>();
        var answers = new Dictionary<int, int[]>();
        for (var g = 0; g < _found.Count; g++)
        {
            var group = _found[g];
            if (group.Size > MaxGroup)
            {
                unaudited += group.Size;
                continue;
            }

            if (group.Changed || !_answers.TryGetValue(group.FirstRelation, out var answer))
            {
                foreach (var relation in members.AsSpan(group.Start, group.Count))
                {
                    _system.Insert(Row(reasons, relations[relation], _system.NewRow()));
                }

                answer = _system.Determined();
                _system.Clear();
            }

            answers[group.FirstRelation] = answer;
            determined.AddRange(answer);
        }

        foreach (var (_, cell, _) in _linked)
        {
            _groupOfRoot[_groups.Find(cell)] = -1;
        }

        for (var cell = 0; cell < reasons.Length; cell++)
        {
            _withheldBefore[cell] = reasons[cell] != InsightSuppression.None;
        }

        _answers = answers;
        return determined;
    }

    /// <summary>The sum as an equation over its withheld figures: +1 for the parent, −1 for each member.</summary>
    private static Dictionary<int, ulong> Row(ReadOnlySpan<InsightSuppression> reasons, ReadOnlySpan<int> cells, Dictionary<int, ulong> row)
    {
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

    private static int[] CreateFilled(int length, int value)
    {
        var array = new int[length];
        Array.Fill(array, value);
        return array;
    }

    /// <summary>
    /// A group of linked withheld figures: the first sum it appears in, its size, how many sums link it (listed from
    /// <see cref="Start"/>), whether any gained a figure.
    /// </summary>
    private sealed class Group(int firstRelation, int size)
    {
        public int FirstRelation { get; } = firstRelation;

        public int Size { get; } = size;

        public int Count { get; set; }

        public bool Changed { get; set; }

        public int Start { get; set; }

        public int End { get; set; }
    }
}
