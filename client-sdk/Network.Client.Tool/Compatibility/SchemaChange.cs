namespace Network.Client.Tool.Compatibility;

/// <summary>One difference between two schemas, in words, with its class.</summary>
internal sealed record SchemaChange(ChangeSeverity Severity, string Message)
{
    /// <summary>The diagnostic code a report prints it with.</summary>
    public string Code => Severity switch
    {
        ChangeSeverity.Breaking => "NCT0001",
        ChangeSeverity.Dangerous => "NCT0002",
        _ => "NCT0003",
    };

    public override string ToString() => $"{Message} ({Severity.ToString().ToLowerInvariant()})";

    public static SchemaChange Breaking(string message) => new(ChangeSeverity.Breaking, message);

    public static SchemaChange Dangerous(string message) => new(ChangeSeverity.Dangerous, message);

    public static SchemaChange Safe(string message) => new(ChangeSeverity.Safe, message);
}
