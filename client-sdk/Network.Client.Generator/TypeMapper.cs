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
/// <param name="scalars">The project's scalar mapping; the SDK's table when null.</param>
internal sealed class TypeMapper(SchemaModel schema, string? sharedTypesNamespace, ScalarTable? scalars = null)
{
    private readonly ScalarTable _scalars = scalars ?? new ScalarTable();

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
                var name when schema[name].Kind is TypeKind.Enum or TypeKind.InputObject => SharedType(name),
                var name => Scalar(name).CsType,
            };
        return nonNull ? cs : Nullable(cs);
    }

    /// <summary>
    /// The C# type of an input object's field: a nullable one is an <c>Optional&lt;T?&gt;</c>, which tells a field left out
    /// (not sent, so the server keeps or defaults it) from one given as null (sent as null, which clears it).
    /// </summary>
    public string InputFieldType(GraphQLType type) =>
        type is GraphQLNonNullType ? InputType(type) : $"{Runtime.Namespace}.Optional<{InputType(type)}>";

    /// <summary>How the project maps the scalar <paramref name="name"/>.</summary>
    public ScalarType Scalar(string name) => _scalars.Of(name);

    /// <summary>Whether the C# type of <paramref name="type"/> is a struct, whose null needs <c>Nullable&lt;T&gt;</c>; null when the generator cannot tell.</summary>
    public bool? IsValueType(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => IsValueType(nonNull.Type),
        GraphQLListType => false,
        _ => schema[SchemaModel.NamedType(type)] switch
        {
            { Kind: TypeKind.Enum } => true,
            { Kind: TypeKind.Scalar, Name: var n } => Scalar(n).IsValueType,
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
            TypeKind.Scalar => Scalar(name).CsType,
            _ => record!,
        };
    }
}
