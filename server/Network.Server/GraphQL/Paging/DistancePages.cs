using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Network.Server.GraphQL.Filtering;
using Network.Server.GraphQL.Sorting;
using Network.Server.GraphQL.Spatial;

namespace Network.Server.GraphQL.Paging;

/// <summary>
/// Keyset paging of a list ordered by distance alone: the rows after a cursor are those farther than
/// its distance, or as far and further on in place and key, so that a page reads only its own rows and
/// rows inserted, moved or deleted elsewhere cannot shift it. Rows are ordered by PostGIS's
/// <c>&lt;-&gt;</c>, then by the key of the row that owns the location, then by their own key, which a
/// GiST index on <c>(location, id)</c> (with <c>btree_gist</c>) delivers in that order: rows at equal
/// distance need no sort. Page info follows HotChocolate's keyset paging.
/// </summary>
/// <param name="key">The row's key.</param>
/// <param name="place">The key of the row whose location it is (the employer of a skills gap), indexed with the location; <see langword="null"/> when it is the row's own.</param>
/// <param name="location">The row's location; the cursors carry its <c>&lt;-&gt;</c> distance, and <c>distanceKm</c> is its spheroid distance.</param>
/// <param name="near">The origin.</param>
public sealed class DistancePages<T>(Expression<Func<T, int>> key, Expression<Func<T, int>>? place, Expression<Func<T, Point>> location, Near near)
    where T : class
{
    private static readonly MethodInfo ContainsKey = ((Func<IEnumerable<int>, int, bool>)Enumerable.Contains).Method;

    /// <summary>Reads the page <paramref name="paging"/> selects of <paramref name="query"/>; its rows come with the relations <paramref name="related"/>.</summary>
    internal async Task<Connection<T>> ReadAsync(
        DbContext db, IQueryable<T> query, PageRelations<T> related, DistancePaging paging, SortDirection direction, DistanceCursors cursors, int? total, CancellationToken cancellationToken)
    {
        var backward = paging.Last is not null;
        var size = paging.Last ?? paging.First!.Value;
        var positions = Positions(query);
        var byPlace = place is not null;
        if (paging.After is { } after)
        {
            positions = positions.Where(Beyond(after, byPlace, farther: direction == SortDirection.Ascending, further: true));
        }

        if (paging.Before is { } before)
        {
            positions = positions.Where(Beyond(before, byPlace, farther: direction == SortDirection.Descending, further: false));
        }

        // With few rows estimated (PostGIS underestimates ST_DWithin on geography, and a cursor's condition
        // lowers the estimate further) the planner sorts everything rather than walking the index in
        // order; without explicit sorts it takes the index walk. Both statements are planned for their own
        // values every time: once a connection has prepared them, PostgreSQL would otherwise settle on
        // generic plans, and the generic plan of the rows by key reads every row within the radius (about
        // 20 ms a page with 100,000 mentors instead of under 2). And no JIT, even where a connection string's
        // own Options leave it on (Tune turns it off only when Options is not set): the walk's cost is estimated
        // for every row within the radius, past JIT's thresholds on a large network, and with 1,000,000
        // mentors compiling the statement took 150-300 ms to read 21 rows in 0.2 ms. The settings go in the same command
        // as the keys (Npgsql sends its statements in one round trip, and the reader skips those without rows), and hold
        // for the rest of the transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var read = backward ? Reverse(direction) : direction;
        var page = await ReadPositionsAsync(db, positions, byPlace, read, tiesAscending: !backward, size + 1, cancellationToken);
        var more = page.Count > size;
        page = page.Take(size).ToList();
        if (backward)
        {
            page.Reverse();
        }

        var nodes = await ReadNodesAsync(query, related, page, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var edges = page.Where(p => nodes.ContainsKey(p.Key)).Select(p => new Edge<T>(cursors.Encode(new DistanceCursor(p.Distance, p.Place, p.Key)), nodes[p.Key])).ToList();
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
    /// The keys and distances of the page, in order. PostgreSQL walks a GiST index in the order of an
    /// ORDER BY only when every term of it is a distance operator on a column of that index, so the rows
    /// are ordered in a subquery by distance and then by <c>place::double precision &lt;-&gt; 0</c>
    /// (<c>btree_gist</c>'s distance, the place's key itself for keys of zero and above; a double, since
    /// PostgreSQL orders an inexact GiST scan, as geography's is, only by floats), which the index on
    /// <c>(location, (id::double precision))</c> gives without sorting. Around it, the rows that share a
    /// place (the gaps of one employer) are ordered by their own key: an Incremental Sort of each place's
    /// few rows, stopping after the page. The subquery is kept apart by OFFSET 0, and its limit removes
    /// nothing, but the planner cannot see its value and so plans the subquery for its first rows (the
    /// index walk) rather than for all of them (a bitmap scan and a full sort). EF Core cannot write
    /// <c>&lt;-&gt;</c> between numbers, so this is written around the statement EF Core writes for the filters.
    /// </summary>
    private static async Task<List<Position>> ReadPositionsAsync(
        DbContext db, IQueryable<Position> rows, bool byPlace, SortDirection direction, bool tiesAscending, int take, CancellationToken cancellationToken)
    {
        DbParameter[] parameters;
        DbParameter pageSize;
        string inner;
        await using (var command = rows.CreateDbCommand())
        {
            inner = command.CommandText;
            parameters = [.. command.Parameters.Cast<DbParameter>()];
            command.Parameters.Clear();
            pageSize = command.CreateParameter();
        }

        pageSize.ParameterName = "page_size";
        pageSize.Value = take;
        var farther = direction == SortDirection.Ascending ? "" : " DESC";
        var ties = tiesAscending ? "" : " DESC";
        var placeColumn = byPlace ? "q.\"Place\"" : "q.\"Key\"";
        var sql = $"""
            {DistancePlan.Settings};
            SELECT p."Key", p."Place", p."Distance"
            FROM (
            SELECT q."Key", {placeColumn} AS "Place", q."Distance", {placeColumn}::double precision <-> 0 AS "PlaceOrder"
            FROM (
            {inner}
            ) AS q
            ORDER BY q."Distance"{farther}, {placeColumn}::double precision <-> 0{ties}
            OFFSET 0 LIMIT (SELECT 2147483647)
            ) AS p
            ORDER BY p."Distance"{farther}, p."PlaceOrder"{ties}{(byPlace ? $", p.\"Key\"{ties}" : "")}
            LIMIT @page_size
            """;

        return await db.Database.SqlQueryRaw<Position>(sql, [.. parameters, pageSize]).ToListAsync(cancellationToken);
    }

    /// <summary>The page's rows with their spheroid distances, read by key: it costs far more than <c>&lt;-&gt;</c>, and rows at equal distance may be many.</summary>
    private async Task<Dictionary<int, T>> ReadNodesAsync(IQueryable<T> query, PageRelations<T> related, List<Position> page, CancellationToken cancellationToken)
    {
        if (page.Count == 0)
        {
            return [];
        }

        var parameter = location.Parameters[0];
        var keys = ExpressionComposer.Parameter(page.ConvertAll(p => p.Key).ToArray(), typeof(int[]));
        var selected = Expression.Call(ContainsKey, keys, ExpressionComposer.Inline(key, parameter));
        var projection = PageRow<T>.Projection(parameter, ExpressionComposer.Inline(key, parameter), near.DistanceMetres(location).Body, related);
        var nodes = await query.Where(Expression.Lambda<Func<T, bool>>(selected, parameter)).Select(projection).ToListAsync(cancellationToken);
        return nodes.ToDictionary(n => n.Key, n => n.Complete(related, located: true));
    }

    /// <summary>
    /// The rows past <paramref name="cursor"/>: farther (or nearer), or at the same distance and further on
    /// (or back) in place and key.
    /// </summary>
    private static Expression<Func<Position, bool>> Beyond(DistanceCursor cursor, bool byPlace, bool farther, bool further)
    {
        var position = Expression.Parameter(typeof(Position), "p");
        var distance = Expression.Property(position, nameof(Position.Distance));
        var place = Expression.Property(position, nameof(Position.Place));
        var positionKey = Expression.Property(position, nameof(Position.Key));
        var at = ExpressionComposer.Parameter(cursor.Distance, typeof(double));
        var placeAt = ExpressionComposer.Parameter(cursor.Place, typeof(int));
        var keyAt = ExpressionComposer.Parameter(cursor.Key, typeof(int));
        Expression past = further ? Expression.GreaterThan(positionKey, keyAt) : Expression.LessThan(positionKey, keyAt);
        if (byPlace)
        {
            past = Expression.OrElse(
                further ? Expression.GreaterThan(place, placeAt) : Expression.LessThan(place, placeAt),
                Expression.AndAlso(Expression.Equal(place, placeAt), past));
        }

        past = Expression.OrElse(
            farther ? Expression.GreaterThan(distance, at) : Expression.LessThan(distance, at),
            Expression.AndAlso(Expression.Equal(distance, at), past));
        return Expression.Lambda<Func<Position, bool>>(past, position);
    }

    private IQueryable<Position> Positions(IQueryable<T> query)
    {
        var parameter = location.Parameters[0];
        List<MemberBinding> bindings =
        [
            Expression.Bind(typeof(Position).GetProperty(nameof(Position.Key))!, ExpressionComposer.Inline(key, parameter)),
            Expression.Bind(typeof(Position).GetProperty(nameof(Position.Distance))!, near.NearestFirst(location).Body),
        ];
        if (place is not null)
        {
            bindings.Add(Expression.Bind(typeof(Position).GetProperty(nameof(Position.Place))!, ExpressionComposer.Inline(place, parameter)));
        }

        var projection = Expression.Lambda<Func<T, Position>>(Expression.MemberInit(Expression.New(typeof(Position)), bindings), parameter);
        return query.Select(projection);
    }

    private sealed class Position
    {
        public int Key { get; init; }

        public int Place { get; init; }

        public double Distance { get; init; }
    }
}
