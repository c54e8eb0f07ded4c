namespace Network.Server.Insights;

/// <summary>
/// One axis of the figures: its leaf values first, then the groups above them, the last value standing for
/// everything. Each group lists its members (leaves or smaller groups), whose figures it sums where a measure adds up.
/// </summary>
internal sealed class InsightAxis
{
    public InsightAxis(int leaves, IReadOnlyList<int[]> groups)
    {
        Leaves = leaves;
        Groups = groups;
        Size = leaves + groups.Count;
    }

    public int Leaves { get; }

    /// <summary>Group <c>i</c> is the value <c>Leaves + i</c>.</summary>
    public IReadOnlyList<int[]> Groups { get; }

    public int Size { get; }

    public int All => Size - 1;

    public int[] Members(int value) => Groups[value - Leaves];

    /// <summary>Whether <paramref name="other"/> has as many leaves and the same groups, member for member.</summary>
    public bool SameAs(InsightAxis other) =>
        Leaves == other.Leaves && Groups.Count == other.Groups.Count && Groups.Zip(other.Groups).All(g => g.First.AsSpan().SequenceEqual(g.Second));

    /// <summary>A flat axis: leaves and one value for all of them.</summary>
    public static InsightAxis Flat(int leaves) => new(leaves, [[.. Enumerable.Range(0, leaves)]]);
}
