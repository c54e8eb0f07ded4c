using System.Linq.Expressions;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;
using Network.Server.GraphQL.Filtering;
using Network.Server.GraphQL.Sorting;
using Network.Server.GraphQL.Spatial;

namespace Network.Server.GraphQL.Paging;

/// <summary>
/// A list field with HotChocolate's conventions: cursor paging, <c>where</c>, <c>order</c> and, for
/// located entities, <c>near</c>. Everything becomes one SQL query for the page (and one more for
/// <c>totalCount</c> when it is selected).
/// </summary>
public sealed class ConnectionField<T>
    where T : class
{
    private readonly FieldType _field;
    private readonly Expression<Func<T, int>> _key;
    private FilterDefinition<T>? _filter;
    private SortDefinition<T>? _sort;
    private Expression<Func<T, Point>>? _location;
    private Expression<Func<T, int>>? _place;
    private readonly List<PageRelations<T>.Relation> _relations = [];

    internal ConnectionField(FieldType field, Expression<Func<T, int>> key)
    {
        _field = field;
        _key = key;
        AddArgument(new IntGraphType(), "first", "Returns the first _n_ elements from the list.");
        AddArgument(new GraphQLTypeReference("String"), "after", "Returns the elements in the list that come after the specified cursor.");
        AddArgument(new IntGraphType(), "last", "Returns the last _n_ elements from the list.");
        AddArgument(new GraphQLTypeReference("String"), "before", "Returns the elements in the list that come before the specified cursor.");
    }

    public ConnectionField<T> Description(string description)
    {
        _field.Description = description;
        return this;
    }

    public ConnectionField<T> Filter(FilterDefinition<T> filter)
    {
        _filter = filter;
        AddArgument(new GraphQLTypeReference(filter.TypeName), "where", null);
        return this;
    }

    public ConnectionField<T> Sort(SortDefinition<T> sort)
    {
        _sort = sort;
        AddArgument(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(sort.TypeName))), "order", null);
        return this;
    }

    /// <summary>Adds <c>near</c>: only rows within the radius, each with its distance.</summary>
    /// <param name="location">The row's location; a GiST index on it and <paramref name="place"/> keeps nearest-first pages fast.</param>
    /// <param name="place">
    /// The key of the row that owns the location when it is another row's (a skills gap stands at its
    /// employer's): rows at the same distance are ordered by it and then by their own key. Without it, the row's own key.
    /// </param>
    public ConnectionField<T> Near(Expression<Func<T, Point>> location, Expression<Func<T, int>>? place = null)
    {
        _location = location;
        _place = place;
        AddArgument(new GraphQLTypeReference("NearInput"), "near", "Only items within a radius of a place; sets `distanceKm` on each.");
        return this;
    }

    /// <summary>
    /// When the nodes select <paramref name="field"/>, the page's rows come with <paramref name="navigation"/> (a to-one
    /// relation) in the same statement instead of a data loader's statement after it; the field's resolver uses the
    /// navigation when it is loaded and the loader when not.
    /// </summary>
    public ConnectionField<T> Loads<TRelated>(string field, Expression<Func<T, TRelated?>> navigation)
        where TRelated : class
    {
        _relations.Add(PageRelations<T>.Of(field, navigation));
        return this;
    }

    public void Resolve(Func<IResolveFieldContext, NetworkDbContext, IQueryable<T>> source) =>
        _field.Resolver = new FuncFieldResolver<object>(async context =>
        {
            var near = _location is not null && context.GetArgument<Dictionary<string, object?>?>("near") is { } nearInput
                ? Spatial.Near.Parse(nearInput, context.Service<IPostcodeLocator>())
                : null;
            var order = context.GetArgument<List<object>?>("order")?.OfType<IDictionary<string, object?>>();

            var factory = context.Service<IDbContextFactory<NetworkDbContext>>();
            await using var db = await factory.CreateDbContextAsync(context.CancellationToken);
            var where = _filter?.Build(context.GetArgument<Dictionary<string, object?>?>("where"), context.FilterScope(db));
            var query = source(context, db).AsNoTracking();
            if (where is not null)
            {
                query = query.Where(where);
            }

            var needsTotal = Selects(context, "totalCount");
            var related = Related(context);
            if (near is not null && DistanceOrder.Alone(order) is { } direction)
            {
                query = near.Filter(query, _location!);
                var cursors = new DistanceCursors(_field.Name, near.Origin, direction);
                var keyset = DistancePaging.From(context, cursors);
                int? count = needsTotal ? await query.CountAsync(context.CancellationToken) : null;
                return await new DistancePages<T>(_key, _place, _location!, near).ReadAsync(db, query, related, keyset, direction, cursors, count, context.CancellationToken);
            }

            var paging = PagingArguments.From(context);
            Expression<Func<T, double>>? distance = null;
            Expression<Func<T, double>>? nearestFirst = null;
            if (near is not null)
            {
                query = near.Filter(query, _location!);
                distance = near.DistanceMetres(_location!);
                nearestFirst = near.NearestFirst(_location!);
            }

            var ordered = _sort is null ? query.OrderBy(_key) : _sort.Apply(query, order, _key, nearestFirst);
            int? total = needsTotal || paging.Last is not null ? await query.CountAsync(context.CancellationToken) : null;
            return await ReadPageAsync(ordered, related, paging, total, distance, context.CancellationToken);
        });

    private static Task<Connection<T>> ReadPageAsync(
        IQueryable<T> ordered, PageRelations<T> related, PagingArguments paging, int? total, Expression<Func<T, double>>? distance, CancellationToken cancellationToken) =>
        ConnectionPages.ReadAsync(paging, total, (skip, take) => ReadRowsAsync(ordered.Skip(skip).Take(take), related, distance, cancellationToken));

    /// <summary>The relations the nodes select, to read with the rows.</summary>
    private PageRelations<T> Related(IResolveFieldContext context) => PageRelations<T>.Selected(_relations, context.SelectsOnNodes);

    private static async Task<List<T>> ReadRowsAsync(IQueryable<T> page, PageRelations<T> related, Expression<Func<T, double>>? distance, CancellationToken cancellationToken)
    {
        if (distance is null && related.IsEmpty)
        {
            return await page.ToListAsync(cancellationToken);
        }

        // Each row with what it is read with: its distance, its relations.
        var parameter = distance?.Parameters[0] ?? Expression.Parameter(typeof(T), "row");
        var rows = await page.Select(PageRow<T>.Projection(parameter, key: null, distance?.Body, related)).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => r.Complete(related, located: distance is not null));
    }

    private static bool Selects(IResolveFieldContext context, string fieldName) =>
        context.SubFields?.Values.Any(f => f.Field.Name.StringValue == fieldName) ?? false;

    private void AddArgument(IGraphType type, string name, string? description) =>
        (_field.Arguments ??= new QueryArguments()).Add(new QueryArgument(type) { Name = name, Description = description });
}
