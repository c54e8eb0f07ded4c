using Network.Server.GraphQL.Relay;

namespace Network.Server.GraphQL.Filtering;

/// <summary>Chooses HotChocolate's operation input for a CLR type.</summary>
public static class OperationFilterTypes
{
    public static OperationFilterType For(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            return new OperationFilterType($"{type.Name}OperationFilterInput", type.Name, ScalarOperations.Equatable, NonNullListItems: true);
        }

        return type switch
        {
            _ when type == typeof(string) => new("StringOperationFilterInput", "String", ScalarOperations.ForString, false, Combinators: true),
            _ when type == typeof(int) => new("IntOperationFilterInput", "Int", ScalarOperations.Comparable, false),
            _ when type == typeof(double) => new("FloatOperationFilterInput", "Float", ScalarOperations.Comparable, false),
            _ when type == typeof(DateTimeOffset) => new("DateTimeOperationFilterInput", "DateTime", ScalarOperations.Comparable, false),
            _ when type == typeof(DateOnly) => new("DateOperationFilterInput", "Date", ScalarOperations.Comparable, false),
            _ when type == typeof(bool) => new("BooleanOperationFilterInput", "Boolean", ScalarOperations.ForBoolean, false),
            _ => throw new NotSupportedException($"Filtering on {type.Name} is not supported."),
        };
    }

    /// <summary>Global IDs of one node type, compared by key.</summary>
    public static OperationFilterType Id(string nodeType) =>
        new("IdOperationFilterInput", "ID", ScalarOperations.Equatable, false, value => value is null ? null : GlobalId.Parse(value as string, nodeType));
}
