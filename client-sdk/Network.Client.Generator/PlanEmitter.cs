using System.Text;

namespace Network.Client.Generator;

/// <summary>
/// Writes an operation's <c>SelectionPlan</c>: what the client's store needs to keep its result normalised and to read it
/// back (response keys, field names and arguments, and which objects are entities).
/// </summary>
internal sealed class PlanEmitter(SchemaModel schema)
{
    private const string Plan = $"{Runtime.Namespace}.SelectionPlan";
    private const string Field = $"{Runtime.Namespace}.PlanField";

    public string Expression(OperationModel operation) => Selection(operation.Result, operation, "            ");

    private string Selection(SelectionModel selection, OperationModel operation, string indent)
    {
        if (selection.Variants is not { } variants)
        {
            return Object(selection.TypeName, selection.Fields, operation, indent, null);
        }

        var byType = new StringBuilder();
        byType.Append($"new global::System.Collections.Generic.Dictionary<string, {Plan}>(global::System.StringComparer.Ordinal)\n{indent}{{\n");
        foreach (var variant in variants)
        {
            byType.Append($"{indent}    [{Naming.Literal(variant.TypeName)}] = {Object(variant.TypeName, [.. selection.Fields, .. variant.Fields], operation, indent + "    ", null)},\n");
        }

        byType.Append($"{indent}}}");
        return Object(null, selection.Fields, operation, indent, byType.ToString());
    }

    /// <summary>A condition with the operation's defaults of its variables (<c>include:$full=true</c>), which apply when the caller gives none.</summary>
    private static string WithDefaults(string condition, OperationModel operation) =>
        System.Text.RegularExpressions.Regex.Replace(condition, @"\$(\w+)", match =>
            operation.Definition.Variables?.Items.FirstOrDefault(v => v.Variable.Name.StringValue == match.Groups[1].Value)?.DefaultValue is GraphQLParser.AST.GraphQLBooleanValue fallback
                ? $"{match.Value}={(fallback.BoolValue ? "true" : "false")}"
                : match.Value);

    private string Object(string? typeName, IReadOnlyList<ResultField> fields, OperationModel operation, string indent, string? byType)
    {
        var isEntity = typeName is not null && DocumentAnalyzer.HasId(schema[typeName])
            && fields.Any(f => f.ResponseKey == "id" && f.FieldName == "id" && !f.Conditional);
        var inner = indent + "    ";
        var items = fields.Select(f =>
        {
            var arguments = ArgumentsJson.Of(f.Arguments, operation.Definition);
            var child = f.Selection is { } selection ? Selection(selection, operation, inner) : "null";
            var condition = f.Condition is null ? "null" : Naming.Literal(WithDefaults(f.Condition, operation));
            return $"new {Field}({Naming.Literal(f.ResponseKey)}, {Naming.Literal(f.FieldName)}, {(arguments is null ? "null" : Naming.Literal(arguments))}, {child}, {condition})";
        });
        var list = string.Join($",\n{inner}", items);
        var type = typeName is null ? "null" : Naming.Literal(typeName);
        return $"new {Plan}({type}, {(isEntity ? "true" : "false")}, [\n{inner}{list}]{(byType is null ? string.Empty : ", " + byType)})";
    }
}
