using GraphQLParser.AST;

namespace Network.Client.Tool.Compatibility;

/// <summary>
/// Lists the changes from one SDL schema to another and classifies each as graphql-inspector does: removals,
/// incompatible type changes and new requirements break clients; new enum values, union members, interfaces and
/// other defaults are dangerous; additions are safe. Descriptions are not compared.
/// </summary>
internal static class SchemaComparer
{
    public static IReadOnlyList<SchemaChange> Compare(string beforeSdl, string afterSdl)
    {
        var before = SchemaDefinitions.Parse(beforeSdl);
        var after = SchemaDefinitions.Parse(afterSdl);
        var changes = new List<SchemaChange>();
        foreach (var operation in Enum.GetValues<OperationType>())
        {
            var old = before.Roots.GetValueOrDefault(operation);
            var now = after.Roots.GetValueOrDefault(operation);
            if (old is not null && old != now)
            {
                changes.Add(SchemaChange.Breaking(now is null
                    ? $"Schema {Name(operation)} root type '{old}' was removed"
                    : $"Schema {Name(operation)} root type changed from '{old}' to '{now}'"));
            }
            else if (old is null && now is not null)
            {
                changes.Add(SchemaChange.Safe($"Schema {Name(operation)} root type '{now}' was added"));
            }
        }

        foreach (var (name, old) in before.Types)
        {
            if (!after.Types.TryGetValue(name, out var now))
            {
                changes.Add(SchemaChange.Breaking($"Type '{name}' was removed"));
            }
            else if (SchemaDefinitions.Kind(old) != SchemaDefinitions.Kind(now))
            {
                changes.Add(SchemaChange.Breaking($"'{name}' kind changed from '{SchemaDefinitions.Kind(old)}' to '{SchemaDefinitions.Kind(now)}'"));
            }
            else
            {
                MemberComparer.Compare(old, now, changes);
            }
        }

        changes.AddRange(after.Types.Keys.Where(name => !before.Types.ContainsKey(name)).Select(name => SchemaChange.Safe($"Type '{name}' was added")));
        foreach (var (name, old) in before.Directives)
        {
            if (after.Directives.TryGetValue(name, out var now))
            {
                Directive(old, now, changes);
            }
            else
            {
                changes.Add(SchemaChange.Breaking($"Directive '{name}' was removed"));
            }
        }

        changes.AddRange(after.Directives.Keys.Where(name => !before.Directives.ContainsKey(name)).Select(name => SchemaChange.Safe($"Directive '{name}' was added")));
        return changes;
    }

    private static void Directive(GraphQLDirectiveDefinition old, GraphQLDirectiveDefinition now, List<SchemaChange> changes)
    {
        var name = old.Name.StringValue;
        foreach (var location in old.Locations.Items.Except(now.Locations.Items))
        {
            changes.Add(SchemaChange.Breaking($"Location '{Location(location)}' was removed from directive '{name}'"));
        }

        foreach (var location in now.Locations.Items.Except(old.Locations.Items))
        {
            changes.Add(SchemaChange.Safe($"Location '{Location(location)}' was added to directive '{name}'"));
        }

        if (old.Repeatable && !now.Repeatable)
        {
            changes.Add(SchemaChange.Breaking($"Directive '{name}' is no longer repeatable"));
        }

        MemberComparer.Arguments($"directive '@{name}'", old.Arguments, now.Arguments, changes);
    }

    /// <summary>A location as SDL writes it: <c>FieldDefinition</c> is <c>FIELD_DEFINITION</c>.</summary>
    private static string Location(DirectiveLocation location) =>
        string.Concat(location.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? $"_{c}" : char.ToUpperInvariant(c).ToString()));

    private static string Name(OperationType operation) => operation.ToString().ToLowerInvariant();
}
