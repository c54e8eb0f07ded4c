namespace Network.Server.Hosting;

/// <summary>
/// What the executable was asked to do: serve (the default), or a command such as <c>migrate</c>,
/// <c>seed</c>, <c>export-schema</c> or <c>token</c>, registered in <see cref="HostCommands"/> by the layer
/// or feature that owns it. A command's own options are kept apart from the host's configuration.
/// </summary>
public sealed record HostCommand(string Name, IReadOnlyList<string> Options, string[] HostArguments)
{
    public const string Serve = "serve";

    /// <summary>
    /// A first argument that is a plain word names a command; anything else (<c>--urls …</c>,
    /// <c>Key=Value</c>) is configuration for the server.
    /// </summary>
    public static HostCommand Parse(string[] args) =>
        args.Length > 0 && IsCommandName(args[0])
            ? new HostCommand(args[0], args[1..], [])
            : new HostCommand(Serve, [], args);

    public bool HasFlag(string flag) => Options.Contains(flag);

    public string? Value(string option)
    {
        var index = Options.ToList().IndexOf(option);
        return index >= 0 && index + 1 < Options.Count ? Options[index + 1] : null;
    }

    /// <summary>Every value of an option that may repeat, such as <c>--role</c>.</summary>
    public IEnumerable<string> Values(string option)
    {
        for (var i = 0; i + 1 < Options.Count; i++)
        {
            if (Options[i] == option)
            {
                yield return Options[i + 1];
            }
        }
    }

    public string? Positional => Options.FirstOrDefault(o => !o.StartsWith("--", StringComparison.Ordinal));

    private static bool IsCommandName(string argument) =>
        argument.Length > 0 && char.IsAsciiLetterLower(argument[0]) && argument.All(c => char.IsAsciiLetterLower(c) || c == '-');
}
