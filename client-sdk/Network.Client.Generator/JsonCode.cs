using System.Text;
using GraphQLParser.AST;

namespace Network.Client.Generator;

/// <summary>
/// The C# that reads a value from an answer's JSON, and the statements that write a variable's or input
/// field's value with a <c>Utf8JsonWriter</c> named <c>writer</c>.
/// </summary>
internal sealed class JsonCode(SchemaModel schema, TypeMapper types, LocalNames names)
{
    /// <summary>How to read a value of <paramref name="type"/> from a <c>JsonElement</c> expression; objects are read by <paramref name="record"/>.</summary>
    /// <remarks>Lambda parameter names are taken here, not when the reader runs, so that each reader keeps its own.</remarks>
    public Func<string, string> Reader(GraphQLType type, string? record)
    {
        if (type is GraphQLNonNullType nonNull)
        {
            return NonNullReader(nonNull.Type, record);
        }

        var read = NonNullReader(type, record);
        var x = names.Next("x");
        if (types.IsValueType(type) is not { } isValueType)
        {
            // A consumer's scalar type may be a class or a struct: default(T?) is null either way.
            var csType = types.Scalar(SchemaModel.NamedType(type)).CsType;
            return json => $"({json} is {{ ValueKind: not global::System.Text.Json.JsonValueKind.Null }} {x} ? {read(x)} : default({csType}?))";
        }

        var helper = isValueType ? "NullableValue" : "Nullable";
        return json => $"{Runtime.Namespace}.JsonRead.{helper}({json}, {x} => {read(x)})";
    }

    /// <summary>
    /// Statements writing the property <paramref name="name"/>, with <paramref name="value"/> of <paramref name="type"/>.
    /// An <paramref name="optional"/> one is left out when null, rather than sent as null, so that the server applies its default.
    /// </summary>
    public string WriteProperty(string name, GraphQLType type, string value, bool optional, string indent)
    {
        var s = new StringBuilder();
        if (!optional)
        {
            s.AppendLine($"{indent}writer.WritePropertyName({Naming.Literal(name)});");
            s.Append(Write(type, value, indent));
            return s.ToString();
        }

        var v = names.Next("v");
        s.AppendLine($"{indent}if ({value} is {{ }} {v})");
        s.AppendLine($"{indent}{{");
        s.AppendLine($"{indent}    writer.WritePropertyName({Naming.Literal(name)});");
        s.Append(Write(new GraphQLNonNullType(type is GraphQLNonNullType nonNull ? nonNull.Type : type), v, indent + "    "));
        s.AppendLine($"{indent}}}");
        return s.ToString();
    }

    /// <summary>
    /// Statements writing the input field <paramref name="name"/>, whose <paramref name="value"/> is an <c>Optional&lt;T&gt;</c>:
    /// left out when it has no value, written (null as null) when it has one.
    /// </summary>
    public string WriteOptionalProperty(string name, GraphQLType type, string value, string indent)
    {
        var s = new StringBuilder();
        s.AppendLine($"{indent}if ({value}.HasValue)");
        s.AppendLine($"{indent}{{");
        s.AppendLine($"{indent}    writer.WritePropertyName({Naming.Literal(name)});");
        s.Append(Write(type, $"{value}.Value", indent + "    "));
        s.AppendLine($"{indent}}}");
        return s.ToString();
    }

    /// <summary>Statements writing <paramref name="value"/>, of <paramref name="type"/>, to <c>writer</c>.</summary>
    public string Write(GraphQLType type, string value, string indent)
    {
        var s = new StringBuilder();
        if (type is not GraphQLNonNullType nonNull)
        {
            var v = names.Next("v");
            s.AppendLine($"{indent}if ({value} is {{ }} {v})");
            s.AppendLine($"{indent}{{");
            s.Append(Write(new GraphQLNonNullType(type), v, indent + "    "));
            s.AppendLine($"{indent}}}");
            s.AppendLine($"{indent}else");
            s.AppendLine($"{indent}{{");
            s.AppendLine($"{indent}    writer.WriteNullValue();");
            s.AppendLine($"{indent}}}");
            return s.ToString();
        }

        if (nonNull.Type is GraphQLListType list)
        {
            var item = names.Next("i");
            s.AppendLine($"{indent}writer.WriteStartArray();");
            s.AppendLine($"{indent}foreach (var {item} in {value})");
            s.AppendLine($"{indent}{{");
            s.Append(Write(list.Type, item, indent + "    "));
            s.AppendLine($"{indent}}}");
            s.AppendLine($"{indent}writer.WriteEndArray();");
            return s.ToString();
        }

        var name = SchemaModel.NamedType(nonNull);
        s.AppendLine(indent + (name switch
        {
            _ when schema[name].Kind == TypeKind.Enum => $"writer.WriteStringValue({Runtime.Namespace}.EnumValues.Format({value}));",
            _ when schema[name].Kind == TypeKind.InputObject => $"{Runtime.Namespace}.GraphQLInput.Write(writer, {value});",
            _ => types.Scalar(name).Write(value),
        }));
        return s.ToString();
    }

    private Func<string, string> NonNullReader(GraphQLType type, string? record)
    {
        if (type is GraphQLListType list)
        {
            var read = Reader(list.Type, record);
            var x = names.Next("x");
            return json => $"{Runtime.Namespace}.JsonRead.List({json}, {x} => {read(x)})";
        }

        var name = SchemaModel.NamedType(type);
        return schema[name].Kind switch
        {
            TypeKind.Enum => json => $"{Runtime.Namespace}.EnumValues.Parse<{types.SharedType(name)}>({json}.GetString()!)",
            TypeKind.Scalar => types.Scalar(name).Read,
            _ => json => $"{record}.Parse({json})",
        };
    }
}
