using Network.Client.Tool.Compatibility;

namespace Network.Server.Tests.Schema;

/// <summary>
/// What a change to the schema asks of its version, by SemVer: since the released schema, a breaking change needs a
/// higher major version and its name in the changelog under that version; any other change, a higher minor or major.
/// Returns what is missing, in words a developer can act on, or nothing.
/// </summary>
internal static class SchemaVersionPolicy
{
    public static IReadOnlyList<string> Check(string releasedSdl, string releasedVersion, string currentSdl, string currentVersion, string changelog)
    {
        var released = Parse(releasedVersion, "schema/released/VERSION");
        var current = Parse(currentVersion, "schema/VERSION");
        var changes = SchemaComparer.Compare(releasedSdl, currentSdl);
        var breaking = changes.Where(c => c.Severity == ChangeSeverity.Breaking).Select(c => c.Message).ToList();
        if (current < released)
        {
            return [$"schema/VERSION ({current}) is lower than the released version ({released}) in schema/released/VERSION."];
        }

        if (breaking.Count > 0 && current.Major <= released.Major)
        {
            var next = $"{released.Major + 1}.0.0";
            return [$"""
                schema/schema.graphql breaks clients of the released {released} (schema/released/schema.graphql):
                {string.Join('\n', breaking.Select(b => $"  {b}"))}
                If this is intended, set schema/VERSION to {next} and, under "## {next}" in schema/CHANGELOG.md, name each
                change above word for word with what a client does about it, e.g. "- {breaking[0]}: …".
                If it is not, put back what was removed or changed.
                """];
        }

        if (breaking.Count > 0)
        {
            var section = Section(changelog, current.ToString());
            var missing = breaking.Where(b => section?.Contains(b, StringComparison.Ordinal) != true).ToList();
            return missing.Count == 0 ? [] : [$"""
                schema/CHANGELOG.md does not announce {(missing.Count == 1 ? "this breaking change" : "these breaking changes")} under "## {current}":
                {string.Join('\n', missing.Select(b => $"  {b}"))}
                Add a line for each, word for word, with what a client does about it, e.g. "- {missing[0]}: …".
                """];
        }

        return changes.Count > 0 && current.Major == released.Major && current.Minor == released.Minor
            ? [$"""
                schema/schema.graphql changed since the released {released} without breaking clients ({changes.Count} change{(changes.Count == 1 ? string.Empty : "s")}, e.g. "{changes[0]}"):
                set schema/VERSION to {released.Major}.{released.Minor + 1}.0.
                """]
            : [];
    }

    /// <summary>The lines under <c>## version</c>, up to the next heading of that level.</summary>
    private static string? Section(string changelog, string version)
    {
        var lines = changelog.Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimEnd() == $"## {version}");
        return start < 0 ? null : string.Join('\n', lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)));
    }

    private static Version Parse(string text, string file) =>
        Version.TryParse(text.Trim(), out var version) && version.Build >= 0 && version.Revision < 0
            ? version
            : throw new InvalidOperationException($"{file} must hold a version such as 1.2.0, not '{text.Trim()}'.");
}
