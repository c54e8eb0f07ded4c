using System.Linq.Expressions;
using System.Reflection;
using Network.Server.GraphQL.Filtering;

namespace Network.Server.GraphQL.Paging;

/// <summary>
/// The to-one relations a page's rows are read with (<see cref="ConnectionField{T}.Loads"/>): projected beside each row
/// in the page's own statement and set on it once read. The same joins as <c>Include</c>, without its fix-up: for every
/// row and relation of a no-tracking query EF Core searches the entity type for lazy loaders through a chain of LINQ
/// iterators and builds a setter, about a tenth of what a page of skills gaps allocated, for entities that have none.
/// </summary>
internal sealed class PageRelations<T>
    where T : class
{
    private readonly Relation[] _relations;

    private PageRelations(Relation[] relations) => _relations = relations;

    public static PageRelations<T> None { get; } = new([]);

    public bool IsEmpty => _relations.Length == 0;

    /// <summary>A relation: the field that selects it, and the navigation property it is read into.</summary>
    public static Relation Of<TRelated>(string field, Expression<Func<T, TRelated?>> navigation)
        where TRelated : class
    {
        if (navigation.Body is not MemberExpression { Expression: ParameterExpression, Member: PropertyInfo { CanWrite: true } property })
        {
            throw new ArgumentException("A relation is a settable navigation property of the row itself, such as g => g.Employer.", nameof(navigation));
        }

        var row = Expression.Parameter(typeof(T), "row");
        var value = Expression.Parameter(typeof(object), "value");
        var set = Expression.Lambda<Action<T, object?>>(Expression.Assign(Expression.Property(row, property), Expression.Convert(value, property.PropertyType)), row, value);
        return new Relation(field, navigation, set.Compile());
    }

    /// <summary>The relations of <paramref name="all"/> for which <paramref name="selects"/> holds.</summary>
    public static PageRelations<T> Selected(IReadOnlyList<Relation> all, Func<string, bool> selects)
    {
        var selected = all.Where(r => selects(r.Field)).ToArray();
        return selected.Length == 0 ? None : new PageRelations<T>(selected);
    }

    /// <summary>The related rows of <paramref name="row"/>, as one array in the projection: <c>new object[] { row.Skill, row.Employer }</c>.</summary>
    public Expression Project(ParameterExpression row) =>
        Expression.NewArrayInit(typeof(object), _relations.Select(r => Expression.Convert(ExpressionComposer.Inline(r.Navigation, row), typeof(object))));

    /// <summary>Sets on <paramref name="row"/> the related rows read with it by <see cref="Project"/>.</summary>
    public void Apply(T row, object?[] related)
    {
        for (var i = 0; i < _relations.Length; i++)
        {
            _relations[i].Set(row, related[i]);
        }
    }

    public sealed record Relation(string Field, LambdaExpression Navigation, Action<T, object?> Set);
}
