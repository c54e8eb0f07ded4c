namespace Network.Server.GraphQL.Paging;

/// <summary>
/// Offset paging over an ordered list, as HotChocolate's queryable paging does: the page that
/// <c>first/after/last/before</c> select, read by <c>skip</c> and <c>take</c>, with its page info. Shared by
/// <see cref="ConnectionField{T}"/> and by connections whose order is not a column, such as ranked lists.
/// </summary>
public static class ConnectionPages
{
    /// <summary>Reads the page <paramref name="paging"/> selects; <paramref name="total"/> is needed for <c>last</c>.</summary>
    public static async Task<Connection<T>> ReadAsync<T>(PagingArguments paging, int? total, Func<int, int, Task<List<T>>> readRows)
    {
        var start = paging.After is { } after ? after + 1 : 0;
        var end = paging.Before ?? total;
        int skip, take;
        if (paging.Last is { } last)
        {
            // Counting is needed to page backwards; a cursor past the end (rows since deleted) stops at the end.
            end = Math.Min(end!.Value, total!.Value);
            skip = Math.Max(start, end.Value - last);
            take = Math.Max(0, end.Value - skip);
        }
        else
        {
            skip = start;
            take = paging.First!.Value + 1;
            if (end is { } limit)
            {
                take = Math.Min(take, Math.Max(0, limit - start));
            }
        }

        var rows = take == 0 ? [] : await readRows(skip, take);
        bool hasNext, hasPrevious;
        if (paging.Last is not null)
        {
            hasPrevious = skip > start;
            hasNext = end < total;
        }
        else
        {
            hasNext = rows.Count > paging.First || (paging.Before is not null && skip + rows.Count >= paging.Before);
            hasPrevious = start > 0;
            rows = rows.Take(paging.First!.Value).ToList();
        }

        var edges = rows.Select((row, i) => new Edge<T>(PagingArguments.Cursor(skip + i), row)).ToList();
        var pageInfo = new PageInfo(hasNext, hasPrevious, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection<T>(edges, pageInfo, total);
    }
}
