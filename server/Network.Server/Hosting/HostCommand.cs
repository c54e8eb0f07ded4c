namespace Network.Server.Hosting;

/// <summary>
/// What the executable was asked to do: serve (the default), <c>migrate</c>, <c>seed</c>,
/// <c>export-schema</c> or <c>token</c>. A command's own options are kept apart from the host's configuration.
/// </summary>
public sealed record HostCommand(string Name, IReadOnlyList<string> Options, string[] HostArguments)
{
    public static readonly string[] Names = ["migrate", "seed", "export-schema", "token"];

    public static HostCommand Parse(string[] args) =>
        args.Length > 0 && Names.Contains(args[0])
            ? new HostCommand(args[0], args[1..], [])
            : new HostCommand("serve", [], args);

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
}
