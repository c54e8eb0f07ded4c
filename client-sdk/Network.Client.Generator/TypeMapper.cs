using GraphQLParser.AST;

namespace Network.Client.Generator;

/// <summary>
/// The C# type of a GraphQL type, for a value read from an answer or given as a variable or input field:
/// lists, nullability, scalars (from <see cref="ScalarType"/>), and the schema's enums and input types.
/// </summary>
/// <param name="schema">The schema the types belong to.</param>
/// <param name="sharedTypesNamespace">
/// Where the schema's enums and input types were generated already; null when they are generated alongside.
/// </param>
internal sealed class TypeMapper(SchemaModel schema, string? sharedTypesNamespace)
{
    private const string List = "global::System.Collections.Generic.IReadOnlyList";

    /// <summary>The C# type of a value of <paramref name="type"/> in an answer; objects are read into <paramref name="record"/>.</summary>
    public string ResultType(GraphQLType type, string? record) =>
        type is GraphQLNonNullType nonNull ? NonNullResultType(nonNull.Type, record) : NonNullResultType(type, record) + "?";

    /// <summary>The C# type of an argument or input field of <paramref name="type"/>.</summary>
    public string InputType(GraphQLType type, bool nonNull = false)
    {
        if (type is GraphQLNonNullType n)
        {
            return InputType(n.Type, nonNull: true);
        }

        var cs = type is GraphQLListType list
            ? $"{List}<{InputType(list.Type)}>"
            : SchemaModel.NamedType(type) switch
            {
                var name when ScalarType.IsKnown(name) => ScalarType.Of(name).CsType,
                var name when schema[name].Kind is TypeKind.Enum or TypeKind.InputObject => SharedType(name),
                var name => ScalarType.Of(name).CsType,
            };
        return nonNull ? cs : Nullable(cs);
    }

    /// <summary>Whether the C# type of <paramref name="type"/> is a struct, whose null needs <c>Nullable&lt;T&gt;</c>.</summary>
    public bool IsValueType(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => IsValueType(nonNull.Type),
        GraphQLListType => false,
        _ => schema[SchemaModel.NamedType(type)] switch
        {
            { Kind: TypeKind.Enum } => true,
            { Kind: TypeKind.Scalar, Name: var n } => ScalarType.Of(n).IsValueType,
            _ => false,
        },
    };

    /// <summary>An enum or input type of the schema, from the shared namespace when there is one.</summary>
    public string SharedType(string name) => sharedTypesNamespace is { } shared ? $"global::{shared}.{name}" : name;

    public static string Nullable(string csType) => csType.EndsWith('?') ? csType : csType + "?";

    private string NonNullResultType(GraphQLType type, string? record)
    {
        if (type is GraphQLListType list)
        {
            return $"{List}<{ResultType(list.Type, record)}>";
        }

        var name = SchemaModel.NamedType(type);
        return schema[name].Kind switch
        {
            TypeKind.Enum => SharedType(name),
            TypeKind.Scalar => ScalarType.Of(name).CsType,
            _ => record!,
        };
    }
}
