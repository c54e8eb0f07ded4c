namespace Network.Client.Tool;

/// <summary>
/// <c>network-client init &lt;url&gt; [--project DIR] [--token TOKEN]</c> or
/// <c>network-client update [--project DIR] [--token TOKEN] [--fail-on-breaking]</c>; the token may come from
/// <c>NETWORK_TOKEN</c> instead, as the SDK's own examples read it.
/// </summary>
internal sealed record ToolArguments(string Command, Uri? Url, string Project, string? Token, bool FailOnBreaking)
{
    public const string Usage = """
        Usage:
          network-client init <url> [--project DIR] [--token TOKEN]
              Downloads the schema from the GraphQL endpoint <url> into DIR/schema.graphql and writes DIR/.network-client.json.
          network-client update [--project DIR] [--token TOKEN] [--fail-on-breaking]
              Downloads it again, prints each change as breaking, dangerous or safe, and replaces the copy.
        The token (sent as a bearer token) may also come from the NETWORK_TOKEN environment variable.
        """;

    public static ToolArguments Parse(IReadOnlyList<string> args, string? environmentToken)
    {
        if (args.Count == 0 || args[0] is not ("init" or "update"))
        {
            throw new ToolException(args.Count == 0 ? "A command is needed." : $"Unknown command '{args[0]}'.");
        }

        string? url = null, project = null, token = environmentToken;
        var failOnBreaking = false;
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--project":
                    project = Value(args, ++i, "--project");
                    break;
                case "--token":
                    token = Value(args, ++i, "--token");
                    break;
                case "--fail-on-breaking":
                    failOnBreaking = true;
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    throw new ToolException($"Unknown option '{option}'.");
                case var value when url is null && args[0] == "init":
                    url = value;
                    break;
                default:
                    throw new ToolException($"Unexpected argument '{args[i]}'.");
            }
        }

        Uri? endpoint = null;
        if (args[0] == "init" && (url is null || !Uri.TryCreate(url, UriKind.Absolute, out endpoint) || endpoint.Scheme is not ("http" or "https")))
        {
            throw new ToolException(url is null ? "init needs the GraphQL endpoint's URL." : $"'{url}' is not an http or https URL.");
        }

        return new ToolArguments(args[0], endpoint, Path.GetFullPath(project ?? "."), string.IsNullOrEmpty(token) ? null : token, failOnBreaking);
    }

    private static string Value(IReadOnlyList<string> args, int index, string option) =>
        index < args.Count ? args[index] : throw new ToolException($"{option} needs a value.");
}
