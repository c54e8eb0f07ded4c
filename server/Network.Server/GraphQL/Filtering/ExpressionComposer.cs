using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Network.Server.GraphQL.Filtering;

/// <summary>Small helpers that combine expression trees the way EF Core can translate them to SQL.</summary>
public static class ExpressionComposer
{
    /// <summary>The body of <paramref name="lambda"/> with its parameter replaced by <paramref name="argument"/>.</summary>
    public static Expression Inline(LambdaExpression lambda, Expression argument) =>
        new ParameterReplacer(lambda.Parameters[0], argument).Visit(lambda.Body);

    /// <summary>
    /// A value as a captured variable (a field of a constant, like a C# closure), so that EF Core sends
    /// it as a SQL parameter instead of a literal, and reads it without compiling anything.
    /// </summary>
    public static Expression Parameter(object? value, Type type)
    {
        var holder = Holders.GetOrAdd(type, static t => new HolderType(
            typeof(Holder<>).MakeGenericType(t).GetField(nameof(Holder<>.Value))!,
            CreateHolderMethod.MakeGenericMethod(t).CreateDelegate<Func<object?, object?>>()));
        return Expression.Field(Expression.Constant(holder.Create(value) ?? Reflected(holder.Value, value)), holder.Value);
    }

    public static Expression AndAll(IEnumerable<Expression> parts) =>
        parts.Aggregate((Expression?)null, (acc, next) => acc is null ? next : Expression.AndAlso(acc, next))
        ?? Expression.Constant(true);

    public static Expression OrAny(IEnumerable<Expression> parts) =>
        parts.Aggregate((Expression?)null, (acc, next) => acc is null ? next : Expression.OrElse(acc, next))
        ?? Expression.Constant(false);

    // Reflection once per type; each value is then held without reflection (it ran for every filter value of every request).
    private static readonly ConcurrentDictionary<Type, HolderType> Holders = new();

    private static readonly MethodInfo CreateHolderMethod = typeof(ExpressionComposer).GetMethod(nameof(CreateHolder), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>A holder of the value, or null when it is not a <typeparamref name="T"/> (an int for a double, say).</summary>
    private static Holder<T>? CreateHolder<T>(object? value) => value switch
    {
        null => new(),
        T typed => new() { Value = typed },
        _ => null,
    };

    /// <summary>Reflection converts what a cast would not (widening an int to a double, for one).</summary>
    private static object Reflected(FieldInfo field, object? value)
    {
        var holder = Activator.CreateInstance(field.DeclaringType!)!;
        field.SetValue(holder, value);
        return holder;
    }

    private sealed record HolderType(FieldInfo Value, Func<object?, object?> Create);

    private sealed class Holder<T>
    {
#pragma warning disable CA1051 // A field, not a property: EF Core reads captured fields without compiling an accessor.
        public T? Value;
#pragma warning restore CA1051
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == parameter ? replacement : base.VisitParameter(node);
    }
}
