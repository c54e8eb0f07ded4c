using GraphQLParser.AST;

namespace Network.Client.Tool.Compatibility;

/// <summary>The changes inside one type present in both schemas with the same kind: its fields, arguments, input fields, values and members.</summary>
internal static class MemberComparer
{
    public static void Compare(GraphQLTypeDefinition old, GraphQLTypeDefinition now, List<SchemaChange> changes)
    {
        var type = old.Name.StringValue;
        switch (old, now)
        {
            case (GraphQLObjectTypeDefinition o, GraphQLObjectTypeDefinition n):
                Fields(type, o.Fields, n.Fields, changes);
                Interfaces(type, o.Interfaces, n.Interfaces, changes);
                break;
            case (GraphQLInterfaceTypeDefinition o, GraphQLInterfaceTypeDefinition n):
                Fields(type, o.Fields, n.Fields, changes);
                Interfaces(type, o.Interfaces, n.Interfaces, changes);
                break;
            case (GraphQLInputObjectTypeDefinition o, GraphQLInputObjectTypeDefinition n):
                InputFields(type, o.Fields, n.Fields, changes);
                break;
            case (GraphQLEnumTypeDefinition o, GraphQLEnumTypeDefinition n):
                Named(o.Values?.Items.Select(v => v.Name.StringValue), n.Values?.Items.Select(v => v.Name.StringValue), out var removed, out var added);
                changes.AddRange(removed.Select(v => SchemaChange.Breaking($"Enum value '{v}' was removed from enum '{type}'")));
                changes.AddRange(added.Select(v => SchemaChange.Dangerous($"Enum value '{v}' was added to enum '{type}'")));
                break;
            case (GraphQLUnionTypeDefinition o, GraphQLUnionTypeDefinition n):
                Named(o.Types?.Items.Select(t => t.Name.StringValue), n.Types?.Items.Select(t => t.Name.StringValue), out removed, out added);
                changes.AddRange(removed.Select(m => SchemaChange.Breaking($"Member '{m}' was removed from union type '{type}'")));
                changes.AddRange(added.Select(m => SchemaChange.Dangerous($"Member '{m}' was added to union type '{type}'")));
                break;
        }
    }

    public static void Arguments(string owner, GraphQLArgumentsDefinition? old, GraphQLArgumentsDefinition? now, List<SchemaChange> changes)
    {
        var after = (now?.Items ?? []).ToDictionary(a => a.Name.StringValue, StringComparer.Ordinal);
        foreach (var argument in old?.Items ?? [])
        {
            var name = argument.Name.StringValue;
            if (after.Remove(name, out var changed))
            {
                InputValue($"Argument '{name}' on {owner}", argument, changed, changes);
            }
            else
            {
                changes.Add(SchemaChange.Breaking($"Argument '{name}' was removed from {owner}"));
            }
        }

        foreach (var (name, added) in after)
        {
            changes.Add(TypeReferences.IsRequired(added)
                ? SchemaChange.Breaking($"Required argument '{name}: {TypeReferences.Print(added.Type)}' was added to {owner}")
                : SchemaChange.Safe($"Argument '{name}: {TypeReferences.Print(added.Type)}' was added to {owner}"));
        }
    }

    private static void Fields(string type, GraphQLFieldsDefinition? old, GraphQLFieldsDefinition? now, List<SchemaChange> changes)
    {
        var after = (now?.Items ?? []).ToDictionary(f => f.Name.StringValue, StringComparer.Ordinal);
        foreach (var field in old?.Items ?? [])
        {
            var name = $"{type}.{field.Name.StringValue}";
            if (!after.Remove(field.Name.StringValue, out var changed))
            {
                changes.Add(SchemaChange.Breaking($"Field '{name}' was removed"));
                continue;
            }

            if (!TypeReferences.IsSafeOutputChange(field.Type, changed.Type))
            {
                changes.Add(SchemaChange.Breaking($"Field '{name}' changed type from '{TypeReferences.Print(field.Type)}' to '{TypeReferences.Print(changed.Type)}'"));
            }
            else if (TypeReferences.Print(field.Type) != TypeReferences.Print(changed.Type))
            {
                changes.Add(SchemaChange.Safe($"Field '{name}' changed type from '{TypeReferences.Print(field.Type)}' to '{TypeReferences.Print(changed.Type)}'"));
            }

            Deprecation($"Field '{name}'", field.Directives, changed.Directives, changes);
            Arguments($"field '{name}'", field.Arguments, changed.Arguments, changes);
        }

        changes.AddRange(after.Keys.Select(field => SchemaChange.Safe($"Field '{type}.{field}' was added")));
    }

    private static void InputFields(string type, GraphQLInputFieldsDefinition? old, GraphQLInputFieldsDefinition? now, List<SchemaChange> changes)
    {
        var after = (now?.Items ?? []).ToDictionary(f => f.Name.StringValue, StringComparer.Ordinal);
        foreach (var field in old?.Items ?? [])
        {
            var name = $"{type}.{field.Name.StringValue}";
            if (after.Remove(field.Name.StringValue, out var changed))
            {
                InputValue($"Input field '{name}'", field, changed, changes);
            }
            else
            {
                changes.Add(SchemaChange.Breaking($"Input field '{name}' was removed"));
            }
        }

        foreach (var (name, added) in after)
        {
            changes.Add(TypeReferences.IsRequired(added)
                ? SchemaChange.Breaking($"Required input field '{type}.{name}: {TypeReferences.Print(added.Type)}' was added")
                : SchemaChange.Safe($"Input field '{type}.{name}: {TypeReferences.Print(added.Type)}' was added"));
        }
    }

    /// <summary>An argument or input field in both schemas: its type may only accept more, and another default is dangerous.</summary>
    private static void InputValue(string subject, GraphQLInputValueDefinition old, GraphQLInputValueDefinition now, List<SchemaChange> changes)
    {
        string oldType = TypeReferences.Print(old.Type), newType = TypeReferences.Print(now.Type);
        if (!TypeReferences.IsSafeInputChange(old.Type, now.Type))
        {
            changes.Add(SchemaChange.Breaking($"{subject} changed type from '{oldType}' to '{newType}'"));
        }
        else if (oldType != newType)
        {
            changes.Add(SchemaChange.Safe($"{subject} changed type from '{oldType}' to '{newType}'"));
        }

        var oldDefault = old.DefaultValue is null ? null : TypeReferences.Print(old.DefaultValue);
        var newDefault = now.DefaultValue is null ? null : TypeReferences.Print(now.DefaultValue);
        if (oldDefault != newDefault)
        {
            changes.Add(SchemaChange.Dangerous($"{subject} changed default value from '{oldDefault ?? "none"}' to '{newDefault ?? "none"}'"));
        }

        Deprecation(subject, old.Directives, now.Directives, changes);
    }

    private static void Interfaces(string type, GraphQLImplementsInterfaces? old, GraphQLImplementsInterfaces? now, List<SchemaChange> changes)
    {
        Named(old?.Items.Select(i => i.Name.StringValue), now?.Items.Select(i => i.Name.StringValue), out var removed, out var added);
        changes.AddRange(removed.Select(i => SchemaChange.Breaking($"'{type}' no longer implements interface '{i}'")));
        changes.AddRange(added.Select(i => SchemaChange.Dangerous($"'{type}' implements new interface '{i}'")));
    }

    private static void Deprecation(string subject, GraphQLDirectives? old, GraphQLDirectives? now, List<SchemaChange> changes)
    {
        static bool Deprecated(GraphQLDirectives? directives) => directives?.Items.Any(d => d.Name.StringValue == "deprecated") == true;
        if (!Deprecated(old) && Deprecated(now))
        {
            changes.Add(SchemaChange.Safe($"{subject} is deprecated"));
        }
    }

    private static void Named(IEnumerable<string>? old, IEnumerable<string>? now, out List<string> removed, out List<string> added)
    {
        List<string> before = [.. old ?? []], after = [.. now ?? []];
        removed = [.. before.Except(after, StringComparer.Ordinal)];
        added = [.. after.Except(before, StringComparer.Ordinal)];
    }
}
