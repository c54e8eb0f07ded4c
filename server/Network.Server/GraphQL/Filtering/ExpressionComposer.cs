using System.Linq.Expressions;

namespace Network.Server.GraphQL.Filtering;

/// <summary>Small helpers that combine expression trees the way EF Core can translate them to SQL.</summary>
public static class ExpressionComposer
{
    /// <summary>The body of <paramref name="lambda"/> with its parameter replaced by <paramref name="argument"/>.</summary>
    public static Expression Inline(LambdaExpression lambda, Expression argument) =>
        new ParameterReplacer(lambda.Parameters[0], argument).Visit(lambda.Body);

    /// <summary>A value as a captured variable, so that EF Core sends it as a SQL parameter instead of a literal.</summary>
    public static Expression Parameter(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), nameof(Holder<>.Value));
    }

    public static Expression AndAll(IEnumerable<Expression> parts) =>
        parts.Aggregate((Expression?)null, (acc, next) => acc is null ? next : Expression.AndAlso(acc, next))
        ?? Expression.Constant(true);

    public static Expression OrAny(IEnumerable<Expression> parts) =>
        parts.Aggregate((Expression?)null, (acc, next) => acc is null ? next : Expression.OrElse(acc, next))
        ?? Expression.Constant(false);

    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == parameter ? replacement : base.VisitParameter(node);
    }
}
