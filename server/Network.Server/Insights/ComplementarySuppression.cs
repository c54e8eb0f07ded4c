namespace Network.Server.Insights;

/// <summary>
/// Withholds more figures until no sum has exactly one withheld figure in it, so that none can be worked out as a
/// total minus the figures beside it; and, for counts of people, until what the withheld figures of a sum add up to
/// (the shown parent minus the shown members) pins none of them down, given what their reasons say of their size. Where one must be added it is the smallest non-zero member still shown (the
/// least information lost), else the parent. Suppression only grows, so this ends; it is the usual heuristic of
/// statistical offices for linked tables, and the property tests check its result with exact linear algebra.
/// </summary>
internal static class ComplementarySuppression
{
    /// <returns>How many withheld figures lie in groups too large for the exact audit (<see cref="ExactAudit.MaxGroup"/>).</returns>
    public static int Apply(ReadOnlySpan<long> values, Span<InsightSuppression> reasons, InsightRelations relations, Func<int, bool> aboutPeople)
    {
        var byCell = relations.ByCell(values.Length);
        var queue = new SumQueue(relations.Count);
        Spread(values, reasons, relations, aboutPeople, byCell, queue);

        // The pass above leaves no sum with one unknown; a withheld figure may still follow from several sums together.
        // Each such figure takes one more neighbour with it until exact elimination recovers none.
        var audit = new ExactAudit(relations, values.Length);
        int unaudited;
        while (audit.Determined(reasons, out unaudited) is { Count: > 0 } determined)
        {
            var widened = false;
            foreach (var cell in determined)
            {
                if (Beside(values, reasons, relations, byCell, cell) is { } chosen)
                {
                    reasons[chosen] = InsightSuppression.ProtectsAnotherFigure;
                    widened = true;
                }
            }

            if (!widened)
            {
                // Nothing shown is linked to these figures at all, so nothing shown can reveal them.
                break;
            }

            Spread(values, reasons, relations, aboutPeople, byCell, queue);
        }

        return unaudited;
    }

    /// <summary>The figure to withhold next to <paramref name="cell"/>: in its nearest sum, through withheld figures, that still shows one.</summary>
    private static int? Beside(ReadOnlySpan<long> values, Span<InsightSuppression> reasons, InsightRelations relations, CellRelations byCell, int cell)
    {
        var seen = new HashSet<int> { cell };
        var queue = new Queue<int>([cell]);
        while (queue.TryDequeue(out var next))
        {
            foreach (var relation in byCell[next])
            {
                var cells = relations[relation];
                if (Open(reasons, cells) && Choose(values, reasons, cells) is var chosen and >= 0)
                {
                    return chosen;
                }

                foreach (var other in cells)
                {
                    if (seen.Add(other))
                    {
                        queue.Enqueue(other);
                    }
                }
            }
        }

        return null;
    }

    private static bool Open(Span<InsightSuppression> reasons, ReadOnlySpan<int> cells)
    {
        foreach (var cell in cells)
        {
            if (reasons[cell] == InsightSuppression.None)
            {
                return true;
            }
        }

        return false;
    }

    private static void Spread(ReadOnlySpan<long> values, Span<InsightSuppression> reasons, InsightRelations relations, Func<int, bool> aboutPeople, CellRelations byCell, SumQueue queue)
    {
        for (var r = 0; r < relations.Count; r++)
        {
            queue.Add(r);
        }

        while (queue.TryTake(out var relation))
        {
            var cells = relations[relation];
            if (!Exposed(values, reasons, cells, aboutPeople(cells[0])))
            {
                continue;
            }

            var chosen = Choose(values, reasons, cells);
            if (chosen < 0)
            {
                continue;
            }

            reasons[chosen] = InsightSuppression.ProtectsAnotherFigure;
            foreach (var other in byCell[chosen])
            {
                queue.Add(other);
            }
        }
    }

    /// <summary>
    /// Whether the withheld figures of the sum could be worked out: alone, or, for counts of people under a shown
    /// parent, from what the reasons say of them. A figure withheld as FEW_PEOPLE is 1 to 4, any other count of people
    /// withheld is at least 5 (it was not small); when the withheld members' total (the parent minus the shown members)
    /// is the least or the most those bounds allow, every one of them is pinned, and when it is 1 to 4 it is itself a
    /// small count.
    /// </summary>
    private static bool Exposed(ReadOnlySpan<long> values, Span<InsightSuppression> reasons, ReadOnlySpan<int> cells, bool aboutPeople)
    {
        var (withheld, small, sum) = (0, 0, 0L);
        for (var i = 0; i < cells.Length; i++)
        {
            if (reasons[cells[i]] != InsightSuppression.None)
            {
                withheld++;
                small += i > 0 && reasons[cells[i]] == InsightSuppression.FewPeople ? 1 : 0;
                sum += i == 0 ? 0 : values[cells[i]];
            }
        }

        if (withheld == 1)
        {
            return true;
        }

        if (!aboutPeople || withheld == 0 || reasons[cells[0]] != InsightSuppression.None)
        {
            return false;
        }

        var members = withheld;
        var least = small + (5L * (members - small));
        return sum is >= 1 and <= 4 || sum == least || (members == small && sum == 4L * small);
    }

    /// <summary>
    /// The figure to withhold next in a sum: the smallest non-zero member still shown, else the parent if it is shown
    /// and not zero; -1 when there is none. A zero is never withheld: a withheld zero beside a shown zero total would
    /// be known to be zero, and with it whatever it was meant to protect.
    /// </summary>
    private static int Choose(ReadOnlySpan<long> values, Span<InsightSuppression> reasons, ReadOnlySpan<int> cells)
    {
        var best = -1;
        for (var i = 1; i < cells.Length; i++)
        {
            var cell = cells[i];
            if (reasons[cell] == InsightSuppression.None && values[cell] > 0 && (best < 0 || values[cell] < values[best]))
            {
                best = cell;
            }
        }

        return best >= 0 ? best
            : reasons[cells[0]] == InsightSuppression.None && values[cells[0]] > 0 ? cells[0]
            : -1;
    }

    /// <summary>The sums still to look at, each queued once at a time; allocated once and reused by every pass.</summary>
    private sealed class SumQueue(int sums)
    {
        private readonly bool[] _queued = new bool[sums];
        private readonly Queue<int> _queue = new(sums);

        public void Add(int relation)
        {
            if (!_queued[relation])
            {
                _queued[relation] = true;
                _queue.Enqueue(relation);
            }
        }

        public bool TryTake(out int relation)
        {
            if (!_queue.TryDequeue(out relation))
            {
                return false;
            }

            _queued[relation] = false;
            return true;
        }
    }
}
