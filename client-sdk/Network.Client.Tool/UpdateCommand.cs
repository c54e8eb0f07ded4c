using GraphQLParser.Exceptions;
using Network.Client.Tool.Compatibility;
using Network.Client.Tool.Introspection;

namespace Network.Client.Tool;

/// <summary>
/// Downloads the schema again from the configured URL, prints how it differs from the copy, one change a line in
/// MSBuild's format (<c>warning NCT0001: Field 'Mentor.email' was removed (breaking)</c>), and replaces the copy; with
/// <c>--fail-on-breaking</c>, breaking changes are errors, and the copy stays as it was.
/// </summary>
internal static class UpdateCommand
{
    public static async Task<int> RunAsync(ToolArguments options, IntrospectionClient client, TextWriter output, CancellationToken cancellationToken)
    {
        var config = ToolConfig.Load(options.Project);
        var path = Path.Combine(options.Project, config.Schema);
        var sdl = await client.DownloadSdlAsync(config.Url, options.Token, cancellationToken);
        var previous = File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : null;
        var changes = previous is null ? [] : Compare(previous, sdl, path);
        foreach (var change in changes)
        {
            var category = change.Severity switch
            {
                ChangeSeverity.Breaking when options.FailOnBreaking => "error",
                ChangeSeverity.Safe => "info",
                _ => "warning",
            };
            await output.WriteLineAsync($"{category} {change.Code}: {change}");
        }

        var counts = changes.CountBy(c => c.Severity).ToDictionary();
        var summary = $"{counts.GetValueOrDefault(ChangeSeverity.Breaking)} breaking, {counts.GetValueOrDefault(ChangeSeverity.Dangerous)} dangerous, " +
            $"{counts.GetValueOrDefault(ChangeSeverity.Safe)} safe changes";

        // A check that fails changes nothing: the build goes on with the copy it had until someone acts on the changes.
        if (options.FailOnBreaking && counts.ContainsKey(ChangeSeverity.Breaking))
        {
            await output.WriteLineAsync($"{config.Schema} was left as it was: {summary} at {config.Url}.");
            return 1;
        }

        await FileReplacement.WriteAsync(path, sdl, cancellationToken);
        await output.WriteLineAsync(previous is null ? $"Wrote {config.Schema} from {config.Url}; there was no copy to compare."
            : changes.Count == 0 ? $"{config.Schema} is up to date with {config.Url}."
            : $"Updated {config.Schema} from {config.Url}: {summary}.");
        return 0;
    }

    private static IReadOnlyList<SchemaChange> Compare(string previous, string sdl, string path)
    {
        try
        {
            return SchemaComparer.Compare(previous, sdl);
        }
        catch (GraphQLSyntaxErrorException e)
        {
            throw new ToolException($"The previous copy is not valid SDL: {e.Description}", $"{path}({e.Location.Line},{e.Location.Column})");
        }
    }
}
