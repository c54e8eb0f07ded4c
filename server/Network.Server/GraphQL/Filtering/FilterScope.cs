using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Network.Server.GraphQL.Filtering;

/// <summary>
/// What building a filter needs besides its input: the fields other features added to filter inputs,
/// and the database context whose sets a filter over rows that point at the filtered entity queries.
/// </summary>
public sealed record FilterScope(FilterExtensions Extensions, DbContext Db);

public static class FilterScopeExtensions
{
    /// <summary>The scope for filters built in this request, over <paramref name="db"/>.</summary>
    public static FilterScope FilterScope(this IResolveFieldContext context, DbContext db) =>
        new(context.Service<SchemaContributions>().FilterExtensions, db);
}
