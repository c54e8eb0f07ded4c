namespace Network.Client.Generator;

/// <summary>A problem in a .graphql file, at a line and column (both from 1).</summary>
internal sealed record Diagnostic(string File, int Line, int Column, string Code, string Message)
{
    /// <summary>MSBuild's canonical error format, which the build shows as an error naming the file and line.</summary>
    public override string ToString() => $"{File}({Line},{Column}): error {Code}: {Message}";
}

/// <summary>Thrown for a problem that stops generation; the diagnostics say where.</summary>
internal sealed class GenerationException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
