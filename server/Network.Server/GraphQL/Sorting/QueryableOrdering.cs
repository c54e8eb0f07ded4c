using System.Collections.Concurrent;
using System.Reflection;

namespace Network.Server.GraphQL.Sorting;

/// <summary>
/// <see cref="Queryable"/>'s ordering methods, made generic for an element and key type once and kept: finding them by
/// name on every request would search <see cref="Queryable"/>'s methods each time.
/// </summary>
internal static class QueryableOrdering
{
    public static readonly MethodInfo OrderBy = Definition(nameof(Queryable.OrderBy));
    public static readonly MethodInfo OrderByDescending = Definition(nameof(Queryable.OrderByDescending));
    public static readonly MethodInfo ThenBy = Definition(nameof(Queryable.ThenBy));
    public static readonly MethodInfo ThenByDescending = Definition(nameof(Queryable.ThenByDescending));

    private static readonly ConcurrentDictionary<(MethodInfo, Type, Type), MethodInfo> Made = new();

    public static MethodInfo For(MethodInfo definition, Type element, Type key) =>
        Made.GetOrAdd((definition, element, key), static k => k.Item1.MakeGenericMethod(k.Item2, k.Item3));

    // The overload without a comparer: (source, keySelector).
    private static MethodInfo Definition(string name) =>
        typeof(Queryable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == 2);
}
