using System.Runtime.CompilerServices;
using Network.Server.Data;

namespace Network.Server.GraphQL.DataLoading;

/// <summary>
/// A row read with one to-one relation beside it, projected in the loader's compiled query
/// (<c>Select(s =&gt; new RowWithRelated&lt;OfferedSkill, Skill&gt; { Row = s, Related = s.Skill })</c>) rather than included:
/// the same join without EF Core's no-tracking fix-up per row (see <see cref="Paging.PageRelations{T}"/>).
/// </summary>
public sealed class RowWithRelated<T, TRelated>
    where T : class
    where TRelated : class
{
    public required T Row { get; init; }

    public TRelated? Related { get; init; }
}

/// <summary>Reading rows with a relation beside them (<see cref="RowWithRelated{T, TRelated}"/>).</summary>
public static class RowWithRelated
{
    /// <summary>The rows of <paramref name="query"/>, each with its relation set on it by <paramref name="set"/>.</summary>
    public static Func<NetworkDbContext, int[], IAsyncEnumerable<T>> Setting<T, TRelated>(
        Func<NetworkDbContext, int[], IAsyncEnumerable<RowWithRelated<T, TRelated>>> query, Action<T, TRelated?> set)
        where T : class
        where TRelated : class =>
        (db, keys) => Rows(query(db, keys), set);

    private static async IAsyncEnumerable<T> Rows<T, TRelated>(
        IAsyncEnumerable<RowWithRelated<T, TRelated>> rows, Action<T, TRelated?> set, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where T : class
        where TRelated : class
    {
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            set(row.Row, row.Related);
            yield return row.Row;
        }
    }
}
