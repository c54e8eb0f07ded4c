namespace Network.Client.Tool;

/// <summary>A problem that stops a command, told to the user as it is; <paramref name="file"/> is the file concerned, if any.</summary>
internal sealed class ToolException(string message, string? file = null) : Exception(message)
{
    public string? File { get; } = file;

    /// <summary>MSBuild's canonical format, with the file when there is one.</summary>
    public string Diagnostic => $"{File ?? "network-client"}: error NCT0100: {Message}";
}
