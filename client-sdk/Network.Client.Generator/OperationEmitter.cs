using System.Text;
using GraphQLParser.AST;

namespace Network.Client.Generator;

/// <summary>
/// Writes an operation's result records and its class, whose <c>ExecuteAsync</c> (and for a query <c>Watch</c>; for a
/// subscription <c>SubscribeAsync</c> and <c>Observe</c>) takes the variables as parameters.
/// </summary>
internal sealed class OperationEmitter(StringBuilder code, TypeMapper types, JsonCode json, RecordEmitter records, PlanEmitter plans)
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

        var subscription = operation.Definition.Operation == OperationType.Subscription;
        code.AppendLine(subscription
            ? $"    /// <summary>Subscribes to <c>{name}</c>: <c>await foreach (var result in client.{name}.SubscribeAsync(…))</c>.</summary>"
            : $"    /// <summary>Runs the {kind.ToLowerInvariant()} <c>{name}</c>.</summary>");
        code.AppendLine($"    public sealed partial class {name}{kind}");
        code.AppendLine("    {");
        code.AppendLine($"        private readonly {Runtime.Namespace}.ClientRuntime _runtime;");
        code.AppendLine();
        code.AppendLine($"        public {name}{kind}({Runtime.Namespace}.ClientRuntime runtime) => _runtime = runtime;");
        code.AppendLine();
        code.AppendLine("        /// <summary>The document sent, with its SHA-256 hash for persisted operations.</summary>");
        code.AppendLine($"        public static {Runtime.Namespace}.OperationDocument Document {{ get; }} = new({Naming.Literal(name)}, {Runtime.Namespace}.OperationKind.{kind}, {Naming.Literal(document.Text)}, {Naming.Literal(document.Hash)});");
        code.AppendLine();
        code.AppendLine("        /// <summary>What the client's store keeps of the result.</summary>");
        code.AppendLine($"        internal static {Runtime.Namespace}.SelectionPlan Plan {{ get; }} =");
        code.AppendLine($"            {plans.Expression(operation)};");
        code.AppendLine();
        if (subscription)
        {
            var result = $"{Runtime.Namespace}.IOperationResult<{resultType}>";
            code.AppendLine("        /// <summary>");
            code.AppendLine("        /// Each event as a result, until the server completes the subscription, refuses it (a last result with the errors), or");
            code.AppendLine("        /// <paramref name=\"cancellationToken\"/> ends it. Events while the connection is down are not replayed.");
            code.AppendLine("        /// </summary>");
            code.AppendLine($"        public global::System.Collections.Generic.IAsyncEnumerable<{result}> SubscribeAsync({string.Join(", ", parameters)})");
            code.AppendLine("        {");
            EmitCall("SubscribeAsync", resultType, variables.Count == 0, ordered, "cancellationToken");
            code.AppendLine("        }");
            code.AppendLine();
            var arguments = ordered.Select(v => Naming.Camel(v.Variable.Name.StringValue)).Append("cancellationToken");
            var observeParameters = ordered.Select(Parameter);
            code.AppendLine("        /// <summary>As <see cref=\"SubscribeAsync\"/>, for Rx: each observer subscribes on its own, and disposing its subscription completes it.</summary>");
            code.AppendLine($"        public global::System.IObservable<{result}> Observe({string.Join(", ", observeParameters)}) =>");
            code.AppendLine($"            new {Runtime.Namespace}.SubscriptionObservable<{result}>(cancellationToken => SubscribeAsync({string.Join(", ", arguments)}));");
        }
        else
        {
            code.AppendLine($"        public global::System.Threading.Tasks.Task<{Runtime.Namespace}.IOperationResult<{resultType}>> ExecuteAsync({string.Join(", ", parameters)})");
            code.AppendLine("        {");
            EmitCall("ExecuteAsync", resultType, variables.Count == 0, ordered, "cancellationToken");
            code.AppendLine("        }");
            if (operation.Definition.Operation == OperationType.Query)
            {
                // A variable named strategy keeps its name; the strategy then takes another.
                var strategy = ordered.Any(v => Naming.Camel(v.Variable.Name.StringValue) == "strategy") ? "executionStrategy" : "strategy";
                var watchParameters = ordered.Select(Parameter).Append($"{Runtime.Namespace}.ExecutionStrategy? {strategy} = null");
                code.AppendLine();
                code.AppendLine("        /// <summary>");
                code.AppendLine("        /// The result, then the result again whenever the client's store changes what it shows (a later query, a mutation,");
                code.AppendLine("        /// a subscription event), until the subscription is disposed. The strategy says where the first");
                code.AppendLine("        /// result comes from; by default the client's strategy for this operation.");
                code.AppendLine("        /// </summary>");
                code.AppendLine($"        public global::System.IObservable<{Runtime.Namespace}.IOperationResult<{resultType}>> Watch({string.Join(", ", watchParameters)})");
                code.AppendLine("        {");
                EmitCall("Watch", resultType, variables.Count == 0, ordered, strategy);
                code.AppendLine("        }");
            }
        }

        code.AppendLine("    }");
        code.AppendLine();
    }

    private void EmitCall(string method, string resultType, bool noVariables, List<GraphQLVariableDefinition> ordered, string last)
    {
        if (noVariables)
        {
            code.AppendLine($"            return _runtime.{method}(Document, Plan, null, {resultType}.Parse, {last});");
            return;
        }

        code.AppendLine($"            return _runtime.{method}(Document, Plan, writer =>");
        code.AppendLine("            {");
        foreach (var variable in ordered)
        {
            var graphQLName = variable.Variable.Name.StringValue;
            code.Append(json.WriteProperty(graphQLName, variable.Type, Naming.Camel(graphQLName), optional: !IsRequired(variable), "                "));
        }

        code.AppendLine($"            }}, {resultType}.Parse, {last});");
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
