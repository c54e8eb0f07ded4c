using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;

namespace Network.Server.GraphQL.Filtering;

/// <summary>Translates HotChocolate's operation filters (<c>eq</c>, <c>contains</c>, <c>gte</c>…) on one value into expressions.</summary>
public static class ScalarOperations
{
    public static readonly string[] ForString = ["eq", "neq", "contains", "ncontains", "in", "nin", "startsWith", "nstartsWith", "endsWith", "nendsWith"];
    public static readonly string[] Comparable = ["eq", "neq", "in", "nin", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];
    public static readonly string[] Equatable = ["eq", "neq", "in", "nin"];
    public static readonly string[] ForBoolean = ["eq", "neq"];

    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;

    /// <summary>Combines every operation in <paramref name="input"/> with AND, including nested <c>and</c>/<c>or</c>.</summary>
    public static Expression Build(Expression value, IDictionary<string, object?> input, Func<object?, object?>? convert = null)
    {
        var parts = new List<Expression>();
        foreach (var (operation, operand) in input)
        {
            parts.Add(operation switch
            {
                "and" => ExpressionComposer.AndAll(Nested(value, operand, convert)),
                "or" => ExpressionComposer.OrAny(Nested(value, operand, convert)),
                _ => Operation(value, operation, operand, convert),
            });
        }

        return ExpressionComposer.AndAll(parts);
    }

    private static IEnumerable<Expression> Nested(Expression value, object? operand, Func<object?, object?>? convert) =>
        AsList(operand).OfType<IDictionary<string, object?>>().Select(item => Build(value, item, convert));

    private static Expression Operation(Expression value, string operation, object? operand, Func<object?, object?>? convert)
    {
        var type = value.Type;
        var lifted = type.IsValueType && Nullable.GetUnderlyingType(type) is null ? typeof(Nullable<>).MakeGenericType(type) : type;
        var left = lifted == type ? value : Expression.Convert(value, lifted);
        Expression Constant(object? raw) => ExpressionComposer.Parameter(ConvertValue(convert is null ? raw : convert(raw), lifted), lifted);

        switch (operation)
        {
            case "eq":
                return Expression.Equal(left, Constant(operand));
            case "neq":
                return Expression.NotEqual(left, Constant(operand));
            case "in" or "nin":
                var list = AsList(operand).Select(item => ConvertValue(convert is null ? item : convert(item), lifted)).ToList();
                var typedList = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(lifted))!;
                foreach (var item in list)
                {
                    typedList.Add(item);
                }

                var contains = Expression.Call(
                    typeof(Enumerable), nameof(Enumerable.Contains), [lifted],
                    ExpressionComposer.Parameter(typedList, typedList.GetType()), left);
                return operation == "in" ? contains : Expression.Not(contains);
            case "gt" or "ngt" or "gte" or "ngte" or "lt" or "nlt" or "lte" or "nlte":
                if (operand is null)
                {
                    throw new FilterException($"The '{operation}' operation needs a value.", "INVALID_FILTER");
                }

                var right = Constant(operand);
                Expression comparison = operation.TrimStart('n') switch
                {
                    "gt" => Expression.GreaterThan(left, right),
                    "gte" => Expression.GreaterThanOrEqual(left, right),
                    "lt" => Expression.LessThan(left, right),
                    _ => Expression.LessThanOrEqual(left, right),
                };
                return operation.StartsWith('n') ? Expression.Not(comparison) : comparison;
            case "contains" or "ncontains" or "startsWith" or "nstartsWith" or "endsWith" or "nendsWith":
                if (operand is not string text)
                {
                    throw new FilterException($"The '{operation}' operation needs a string.", "INVALID_FILTER");
                }

                var method = operation.TrimStart('n').ToLowerInvariant() switch
                {
                    "contains" => StringContains,
                    "startswith" => StringStartsWith,
                    _ => StringEndsWith,
                };
                var call = Expression.AndAlso(
                    Expression.NotEqual(value, Expression.Constant(null, typeof(string))),
                    Expression.Call(value, method, ExpressionComposer.Parameter(text, typeof(string))));
                return operation.StartsWith('n') ? Expression.Not(call) : call;
            default:
                throw new FilterException($"Unknown filter operation '{operation}'.", "INVALID_FILTER");
        }
    }

    private static IEnumerable<object?> AsList(object? operand) => operand switch
    {
        null => [],
        string => [operand],
        IEnumerable items => items.Cast<object?>(),
        _ => [operand],
    };

    private static object? ConvertValue(object? value, Type type)
    {
        if (value is null)
        {
            return null;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        return target == typeof(DateTimeOffset) && value is DateTime dateTime
            ? new DateTimeOffset(dateTime.ToUniversalTime())
            : Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }
}
