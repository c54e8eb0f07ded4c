using System.Text;
using GraphQLParser.AST;

namespace Network.Client.Generator;

/// <summary>
/// Writes every enum and input type of the schema, not only those the operations use: the SDK's are shared
/// by all its operations and by the operations consumers add, which may use any of them.
/// </summary>
internal sealed class SchemaTypeEmitter(StringBuilder code, TypeMapper types, JsonCode json)
{
    /// <summary>The member of every generated enum that stands for a value the schema did not have when it was generated.</summary>
    public const string UnknownEnumMember = "_Unknown";

    public void Emit(SchemaModel schema)
    {
        // Introspection's enums (__TypeKind…), should a schema file list them, describe the server, not its data.
        foreach (var type in schema.Types.Values.Where(t => t.Kind == TypeKind.Enum && !t.Name.StartsWith("__", StringComparison.Ordinal)).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            Enum(type);
        }

        foreach (var type in schema.Types.Values.Where(t => t.Kind == TypeKind.InputObject).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            InputObject(type);
        }
    }

    private void Enum(TypeModel type)
    {
        Summary(type.Description, "    ");
        code.AppendLine($"    public enum {type.Name}");
        code.AppendLine("    {");
        foreach (var value in type.EnumValues)
        {
            code.AppendLine($"        [{Runtime.Namespace}.GraphQLName({Naming.Literal(value)})]");
            code.AppendLine($"        {Naming.EnumMember(value)},");
        }

        // Last, so that the values keep their numbers; no GraphQL value becomes a member with an underscore.
        code.AppendLine("        /// <summary>A value added to the schema after this code was generated; it cannot be sent.</summary>");
        code.AppendLine($"        [{Runtime.Namespace}.GraphQLUnknownValue]");
        code.AppendLine($"        {UnknownEnumMember},");

        code.AppendLine("    }");
        code.AppendLine();
    }

    private void InputObject(TypeModel type)
    {
        Summary(type.Description, "    ");
        code.AppendLine($"    public sealed partial record {type.Name} : {Runtime.Namespace}.IGraphQLInputObject");
        code.AppendLine("    {");
        foreach (var field in type.Fields.Values)
        {
            Summary(field.Description, "        ");
            var required = field.Type is GraphQLNonNullType;
            code.AppendLine($"        public {(required ? "required " : string.Empty)}{types.InputFieldType(field.Type)} {Naming.Pascal(field.Name)} {{ get; init; }}");
            code.AppendLine();
        }

        code.AppendLine($"        void {Runtime.Namespace}.IGraphQLInputObject.Write(Utf8JsonWriter writer)");
        code.AppendLine("        {");
        code.AppendLine("            writer.WriteStartObject();");
        foreach (var field in type.Fields.Values)
        {
            code.Append(field.Type is GraphQLNonNullType
                ? json.WriteProperty(field.Name, field.Type, Naming.Pascal(field.Name), optional: false, "            ")
                : json.WriteOptionalProperty(field.Name, field.Type, Naming.Pascal(field.Name), "            "));
        }

        code.AppendLine("            writer.WriteEndObject();");
        code.AppendLine("        }");
        code.AppendLine("    }");
        code.AppendLine();
    }

    private void Summary(string? description, string indent)
    {
        if (description is not null)
        {
            code.AppendLine($"{indent}/// <summary>{Naming.Xml(description)}</summary>");
        }
    }
}
