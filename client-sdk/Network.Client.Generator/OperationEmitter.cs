using System.Text;
using GraphQLParser.AST;

namespace Network.Client.Generator;

/// <summary>Writes an operation's result records and its class, whose <c>ExecuteAsync</c> takes the variables as parameters.</summary>
internal sealed class OperationEmitter(StringBuilder code, TypeMapper types, JsonCode json, RecordEmitter records)
{
    public void Emit(OperationModel operation, PersistedDocument document)
    {
        var name = operation.Name;
        var kind = operation.Kind;
        var resultType = operation.Result.RecordName;
        records.Emit(operation.Result, $"The data of {name}.");

        // C# wants optional parameters last: variables the caller must give come first, in the document's order.
        var variables = operation.Definition.Variables?.Items ?? [];
        var ordered = variables.Where(IsRequired).Concat(variables.Where(v => !IsRequired(v))).ToList();
        var parameters = ordered.Select(Parameter).Append("global::System.Threading.CancellationToken cancellationToken = default");

        code.AppendLine($"    /// <summary>Runs the {kind.ToLowerInvariant()} <c>{name}</c>.</summary>");
        code.AppendLine($"    public sealed partial class {name}{kind}");
        code.AppendLine("    {");
        code.AppendLine($"        private readonly {Runtime.Namespace}.IOperationExecutor _executor;");
        code.AppendLine();
        code.AppendLine($"        public {name}{kind}({Runtime.Namespace}.IOperationExecutor executor) => _executor = executor;");
        code.AppendLine();
        code.AppendLine("        /// <summary>The document sent, with its SHA-256 hash for persisted operations.</summary>");
        code.AppendLine($"        public static {Runtime.Namespace}.OperationDocument Document {{ get; }} = new({Naming.Literal(name)}, {Runtime.Namespace}.OperationKind.{kind}, {Naming.Literal(document.Text)}, {Naming.Literal(document.Hash)});");
        code.AppendLine();
        code.AppendLine($"        public global::System.Threading.Tasks.Task<{Runtime.Namespace}.IOperationResult<{resultType}>> ExecuteAsync({string.Join(", ", parameters)})");
        code.AppendLine("        {");
        if (variables.Count == 0)
        {
            code.AppendLine($"            return _executor.ExecuteAsync(Document, null, {resultType}.Parse, cancellationToken);");
        }
        else
        {
            code.AppendLine($"            return _executor.ExecuteAsync(Document, writer =>");
            code.AppendLine("            {");
            foreach (var variable in ordered)
            {
                var graphQLName = variable.Variable.Name.StringValue;
                code.Append(json.WriteProperty(graphQLName, variable.Type, Naming.Camel(graphQLName), optional: !IsRequired(variable), "                "));
            }

            code.AppendLine($"            }}, {resultType}.Parse, cancellationToken);");
        }

        code.AppendLine("        }");
        code.AppendLine("    }");
        code.AppendLine();
    }

    /// <summary>Whether the caller must give the variable: it is non-null and has no default for the server to apply.</summary>
    private static bool IsRequired(GraphQLVariableDefinition variable) => variable.Type is GraphQLNonNullType && variable.DefaultValue is null;

    private string Parameter(GraphQLVariableDefinition variable)
    {
        var required = IsRequired(variable);
        var csType = required
            ? types.InputType(variable.Type)
            : TypeMapper.Nullable(types.InputType(variable.Type is GraphQLNonNullType n ? n.Type : variable.Type, nonNull: true));
        return $"{csType} {Naming.Camel(variable.Variable.Name.StringValue)}{(required ? string.Empty : " = default")}";
    }
}
