using System.Text;

namespace Network.Client.Generator;

/// <summary>
/// Writes the records of a result, each after the records nested in it. An abstract type's record is abstract,
/// with one derived record for each possible type, chosen by <c>__typename</c>, and one for a type added to
/// the schema after the code was generated, so that an older client still reads a newer server's answers.
/// </summary>
internal sealed class RecordEmitter(StringBuilder code, TypeMapper types, JsonCode json, LocalNames names)
{
    /// <summary>The record of a selection, and before it the records of the fields selected within it.</summary>
    /// <param name="selection">The selection's record.</param>
    /// <param name="summary">The record's documentation; the type's description when null.</param>
    public void Emit(SelectionModel selection, string? summary)
    {
        var name = selection.RecordName;
        var properties = selection.Fields.Select(Property).ToList();
        if (selection.Variants is not { } variants)
        {
            Open(name, summary ?? selection.Description, "sealed", null, [], properties, selection.Interfaces);
            ParseFields(name, isDerived: false, properties);
            Close();
            return;
        }

        Open(name, summary ?? selection.Description, "abstract", null, [], properties, selection.Interfaces);
        ParseByTypename(name, variants);
        Close();
        foreach (var variant in variants)
        {
            var own = variant.Fields.Select(Property).ToList();
            Derived(variant.RecordName, $"{name} when the value is a {variant.TypeName}.", name, properties, own, variant.Interfaces);
        }

        Derived($"{name}_Unknown", $"{name} when the value is of a type the schema did not have when this code was generated.", name, properties, [], []);
    }

    private sealed record PropertyModel(string Name, string ResponseKey, string CsType, Func<string, string> Read, string? Description, bool Conditional);

    private PropertyModel Property(ResultField field)
    {
        if (field.Selection is { } selection)
        {
            Emit(selection, null);
        }

        var record = field.Selection?.RecordName;
        var description = field.Description;
        if (field.Conditional)
        {
            description = (description is null ? string.Empty : description + " ") + "Null when @include or @skip left the field out.";
        }

        return new PropertyModel(
            Naming.Pascal(field.ResponseKey), field.ResponseKey, types.ResultType(field.Type, record), json.Reader(field.Type, record), description, field.Conditional);
    }

    private void Derived(string name, string summary, string baseName, List<PropertyModel> inherited, List<PropertyModel> own, IReadOnlyList<FragmentInterface> interfaces)
    {
        Open(name, summary, "sealed", baseName, inherited, own, interfaces);
        ParseFields(name, isDerived: true, [.. inherited, .. own]);
        Close();
    }

    /// <summary>
    /// The documentation and the declaration of a positional record, up to its opening brace and, for the fragments'
    /// interfaces it implements, the members whose record types stand for the interfaces' own (explicitly, as C# wants).
    /// </summary>
    private void Open(
        string name, string? summary, string modifier, string? baseName, List<PropertyModel> inherited, List<PropertyModel> own, IReadOnlyList<FragmentInterface> interfaces)
    {
        var all = inherited.Concat(own).ToList();
        if (summary is not null)
        {
            code.AppendLine($"    /// <summary>{Naming.Xml(summary)}</summary>");
        }

        foreach (var property in all.Where(p => p.Description is not null))
        {
            code.AppendLine($"    /// <param name=\"{property.Name}\">{Naming.Xml(property.Description!)}</param>");
        }

        var parameters = string.Join(", ", all.Select(p => $"{p.CsType} {p.Name}"));
        var bases = new List<string>();
        if (baseName is not null)
        {
            bases.Add($"{baseName}({string.Join(", ", inherited.Select(p => p.Name))})");
        }

        bases.AddRange(interfaces.Select(i => i.Name));
        code.AppendLine($"    public {modifier} partial record {name}({parameters}){(bases.Count == 0 ? string.Empty : " : " + string.Join(", ", bases))}");
        code.AppendLine("    {");
        foreach (var face in interfaces)
        {
            foreach (var member in face.Members.Where(m => m.Interface is not null))
            {
                code.AppendLine($"        {types.ResultType(member.Type, member.Interface!.Name)} {face.Name}.{Naming.Pascal(member.ResponseKey)} => {Naming.Pascal(member.ResponseKey)};");
            }
        }
    }

    private void ParseByTypename(string name, IReadOnlyList<SelectionVariant> variants)
    {
        code.AppendLine($"        internal static {name} Parse(JsonElement json) => json.GetProperty(\"__typename\").GetString() switch");
        code.AppendLine("        {");
        foreach (var variant in variants)
        {
            code.AppendLine($"            {Naming.Literal(variant.TypeName)} => {variant.RecordName}.Parse(json),");
        }

        code.AppendLine($"            _ => {name}_Unknown.Parse(json),");
        code.AppendLine("        };");
    }

    private void ParseFields(string name, bool isDerived, List<PropertyModel> properties)
    {
        var arguments = properties.Select(p =>
        {
            if (!p.Conditional)
            {
                return p.Read($"json.GetProperty({Naming.Literal(p.ResponseKey)})");
            }

            var value = names.Next("p");
            return $"json.TryGetProperty({Naming.Literal(p.ResponseKey)}, out var {value}) ? {p.Read(value)} : null";
        });
        code.AppendLine($"        internal static {(isDerived ? "new " : string.Empty)}{name} Parse(JsonElement json) => new(");
        code.AppendLine("            " + string.Join(",\n            ", arguments) + ");");
    }

    private void Close()
    {
        code.AppendLine("    }");
        code.AppendLine();
    }
}
