namespace Network.Server.Insights;

/// <summary>
/// Withholds more figures until no sum has exactly one withheld figure in it, so that none can be worked out as a
/// total minus the figures beside it. Where one must be added it is the smallest non-zero member still shown (the
/// least information lost), else the parent. Suppression only grows, so this ends; it is the usual heuristic of
/// statistical offices for linked tables, and the property tests check its result with exact linear algebra.
/// </summary>
internal static class ComplementarySuppression
{
    public static void Apply(ReadOnlySpan<long> values, Span<InsightSuppression> reasons, InsightRelations relations)
    {
        var byCell = relations.ByCell(values.Length);
        var queued = new bool[relations.Count];
        var queue = new Queue<int>(relations.Count);
        for (var r = 0; r < relations.Count; r++)
        {
            queued[r] = true;
            queue.Enqueue(r);
        }

        while (queue.TryDequeue(out var relation))
        {
            queued[relation] = false;
            var cells = relations[relation];
            var withheld = 0;
            foreach (var cell in cells)
            {
                withheld += reasons[cell] == InsightSuppression.None ? 0 : 1;
            }

            if (withheld != 1)
            {
                continue;
            }

            var chosen = Choose(values, reasons, cells);
            reasons[chosen] = InsightSuppression.ProtectsAnotherFigure;
            foreach (var other in byCell[chosen])
            {
                if (!queued[other])
                {
                    queued[other] = true;
                    queue.Enqueue(other);
                }
            }
        }
    }

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

        if (best >= 0)
        {
            return best;
        }

        if (reasons[cells[0]] == InsightSuppression.None)
        {
            return cells[0];
        }

        for (var i = 1; i < cells.Length; i++)
        {
            if (reasons[cells[i]] == InsightSuppression.None)
            {
                return cells[i];
            }
        }

        throw new InvalidOperationException("A sum with one withheld figure has no other figure to withhold.");
    }
}
