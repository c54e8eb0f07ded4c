using System.Linq.Expressions;
using Network.Server.GraphQL.Spatial;

namespace Network.Server.GraphQL.Paging;

/// <summary>
/// A row of a page read with what its statement projects beside it: its key, its distance in metres and its related rows
/// (<see cref="PageRelations{T}"/>), whichever the page asks for.
/// </summary>
internal sealed class PageRow<T>
    where T : class
{
    public required T Node { get; init; }

    public int Key { get; init; }

    public double Metres { get; init; }

    public object?[]? Related { get; init; }

    /// <summary>The projection of <paramref name="row"/> with <paramref name="key"/>, <paramref name="metres"/> and <paramref name="related"/>, each where given.</summary>
    public static Expression<Func<T, PageRow<T>>> Projection(ParameterExpression row, Expression? key, Expression? metres, PageRelations<T> related)
    {
        List<MemberBinding> bindings = [Expression.Bind(typeof(PageRow<T>).GetProperty(nameof(Node))!, row)];
        if (key is not null)
        {
            bindings.Add(Expression.Bind(typeof(PageRow<T>).GetProperty(nameof(Key))!, key));
        }

        if (metres is not null)
        {
            bindings.Add(Expression.Bind(typeof(PageRow<T>).GetProperty(nameof(Metres))!, metres));
        }

        if (!related.IsEmpty)
        {
            bindings.Add(Expression.Bind(typeof(PageRow<T>).GetProperty(nameof(Related))!, related.Project(row)));
        }

        return Expression.Lambda<Func<T, PageRow<T>>>(Expression.MemberInit(Expression.New(typeof(PageRow<T>)), bindings), row);
    }

    /// <summary>The row with what was read beside it set on it: its distance in kilometres when <paramref name="located"/>, its relations.</summary>
    public T Complete(PageRelations<T> related, bool located)
    {
        if (located)
        {
            ((ILocated)Node).DistanceKm = Metres / 1000;
        }

        if (Related is { } relations)
        {
            related.Apply(Node, relations);
        }

        return Node;
    }
}
