using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Network.Server.GraphQL.Filtering;
using Network.Server.GraphQL.Sorting;
using Network.Server.GraphQL.Spatial;

namespace Network.Server.GraphQL.Paging;

/// <summary>
/// Keyset paging of a list ordered by distance alone: the rows after a cursor are those farther than
/// its distance, or as far and with a greater key, so that a page reads only its own rows and rows
/// inserted, moved or deleted elsewhere cannot shift it. Rows are ordered by PostGIS's <c>&lt;-&gt;</c>
/// and then by key; page info follows HotChocolate's keyset paging.
/// </summary>
/// <param name="key">The row's key, which orders rows at the same distance.</param>
/// <param name="location">The row's location; the cursors carry its <c>&lt;-&gt;</c> distance, and <c>distanceKm</c> is its spheroid distance.</param>
/// <param name="near">The origin.</param>
public sealed class DistancePages<T>(Expression<Func<T, int>> key, Expression<Func<T, Point>> location, Near near)
    where T : class
{
    public async Task<Connection<T>> ReadAsync(
        DbContext db, IQueryable<T> query, DistancePaging paging, SortDirection direction, DistanceCursors cursors, int? total, CancellationToken cancellationToken)
    {
        var backward = paging.Last is not null;
        var size = paging.Last ?? paging.First!.Value;
        var positions = Positions(query);
        if (paging.After is { } after)
        {
            positions = positions.Where(Beyond(after, farther: direction == SortDirection.Ascending, greaterKey: true));
        }

        if (paging.Before is { } before)
        {
            positions = positions.Where(Beyond(before, farther: direction == SortDirection.Descending, greaterKey: false));
        }

        // With few rows estimated (PostGIS underestimates ST_DWithin on geography, and a cursor's condition
        // lowers the estimate further) the planner sorts everything rather than only the rows at equal
        // distance; without explicit sorts it takes the index walk and the Incremental Sort. Both statements
        // are planned for their own values every time: once a connection has prepared them, PostgreSQL would
        // otherwise settle on generic plans, and the generic plan of the rows by key reads every row within
        // the radius (about 20 ms a page with 100,000 mentors instead of under 2).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_sort = off; SET LOCAL plan_cache_mode = force_custom_plan", cancellationToken);
        var read = backward ? Reverse(direction) : direction;
        var page = await ReadPositionsAsync(db, positions, read, keyAscending: !backward, size + 1, cancellationToken);
        var more = page.Count > size;
        page = page.Take(size).ToList();
        if (backward)
        {
            page.Reverse();
        }

        var nodes = await ReadNodesAsync(query, page, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var edges = page.Where(p => nodes.ContainsKey(p.Key)).Select(p => new Edge<T>(cursors.Encode(p.Distance, p.Key), nodes[p.Key])).ToList();
        var pageInfo = new PageInfo(
            HasNextPage: backward ? paging.Before is not null : more || paging.Before is not null,
            HasPreviousPage: backward ? more : paging.After is not null,
            edges.FirstOrDefault()?.Cursor,
            edges.LastOrDefault()?.Cursor);
        return new Connection<T>(edges, pageInfo, total);
    }

    private static SortDirection Reverse(SortDirection direction) =>
        direction == SortDirection.Ascending ? SortDirection.Descending : SortDirection.Ascending;

    /// <summary>
    /// The keys and distances of the page, in order. PostgreSQL 15 walks a GiST index in <c>&lt;-&gt;</c>
    /// order only when that is the whole ORDER BY, so the rows are ordered by distance in a subquery (kept
    /// apart by OFFSET 0) and by distance and key around it: an Incremental Sort that sorts only rows at
    /// equal distance and stops after the page. The subquery's limit removes nothing, but the planner
    /// cannot see its value and so plans the subquery for its first rows (the index walk) rather than for
    /// all of them (a bitmap scan and a full sort, which it prefers with a million rows). EF Core would
    /// compute the distance again outside the subquery, which hides the subquery's order from the
    /// planner, so the outer query is written here.
    /// </summary>
    private static async Task<List<Position>> ReadPositionsAsync(
        DbContext db, IQueryable<Position> rows, SortDirection direction, bool keyAscending, int take, CancellationToken cancellationToken)
    {
        var ordered = direction == SortDirection.Ascending ? rows.OrderBy(p => p.Distance) : rows.OrderByDescending(p => p.Distance);
        DbParameter[] parameters;
        DbParameter pageSize;
        string inner;
        await using (var command = ordered.CreateDbCommand())
        {
            inner = command.CommandText;
            parameters = [.. command.Parameters.Cast<DbParameter>()];
            command.Parameters.Clear();
            pageSize = command.CreateParameter();
        }

        pageSize.ParameterName = "page_size";
        pageSize.Value = take;
        var sql = $"""
            SELECT p."Key", p."Distance"
            FROM (
            {inner}
            OFFSET 0 LIMIT (SELECT 2147483647)
            ) AS p
            ORDER BY p."Distance"{(direction == SortDirection.Ascending ? "" : " DESC")}, p."Key"{(keyAscending ? "" : " DESC")}
            LIMIT @page_size
            """;

        return await db.Database.SqlQueryRaw<Position>(sql, [.. parameters, pageSize]).ToListAsync(cancellationToken);
    }

    /// <summary>The page's rows with their spheroid distances, read by key: it costs far more than <c>&lt;-&gt;</c>, and rows at equal distance may be many.</summary>
    private async Task<Dictionary<int, T>> ReadNodesAsync(IQueryable<T> query, List<Position> page, CancellationToken cancellationToken)
    {
        if (page.Count == 0)
        {
            return [];
        }

        var parameter = location.Parameters[0];
        var keys = ExpressionComposer.Parameter(page.ConvertAll(p => p.Key).ToArray(), typeof(int[]));
        var selected = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], keys, ExpressionComposer.Inline(key, parameter));
        var projection = Expression.Lambda<Func<T, Node>>(
            Expression.MemberInit(
                Expression.New(typeof(Node)),
                Expression.Bind(typeof(Node).GetProperty(nameof(Node.Row))!, parameter),
                Expression.Bind(typeof(Node).GetProperty(nameof(Node.Key))!, ExpressionComposer.Inline(key, parameter)),
                Expression.Bind(typeof(Node).GetProperty(nameof(Node.Metres))!, near.DistanceMetres(location).Body)),
            parameter);
        var nodes = await query.Where(Expression.Lambda<Func<T, bool>>(selected, parameter)).Select(projection).ToListAsync(cancellationToken);
        foreach (var node in nodes)
        {
            ((ILocated)node.Row).DistanceKm = node.Metres / 1000;
        }

        return nodes.ToDictionary(n => n.Key, n => n.Row);
    }

    /// <summary>The rows past <paramref name="cursor"/>: farther (or nearer), or at the same distance with a greater (or smaller) key.</summary>
    private static Expression<Func<Position, bool>> Beyond(DistanceCursor cursor, bool farther, bool greaterKey)
    {
        var position = Expression.Parameter(typeof(Position), "p");
        var distance = Expression.Property(position, nameof(Position.Distance));
        var positionKey = Expression.Property(position, nameof(Position.Key));
        var at = ExpressionComposer.Parameter(cursor.Distance, typeof(double));
        var keyAt = ExpressionComposer.Parameter(cursor.Key, typeof(int));
        var past = Expression.OrElse(
            farther ? Expression.GreaterThan(distance, at) : Expression.LessThan(distance, at),
            Expression.AndAlso(Expression.Equal(distance, at), greaterKey ? Expression.GreaterThan(positionKey, keyAt) : Expression.LessThan(positionKey, keyAt)));
        return Expression.Lambda<Func<Position, bool>>(past, position);
    }

    private IQueryable<Position> Positions(IQueryable<T> query)
    {
        var parameter = location.Parameters[0];
        var projection = Expression.Lambda<Func<T, Position>>(
            Expression.MemberInit(
                Expression.New(typeof(Position)),
                Expression.Bind(typeof(Position).GetProperty(nameof(Position.Key))!, ExpressionComposer.Inline(key, parameter)),
                Expression.Bind(typeof(Position).GetProperty(nameof(Position.Distance))!, near.NearestFirst(location).Body)),
            parameter);
        return query.Select(projection);
    }

    private sealed class Position
    {
        public int Key { get; init; }

        public double Distance { get; init; }
    }

    private sealed class Node
    {
        public required T Row { get; init; }

        public int Key { get; init; }

        public double Metres { get; init; }
    }
}
