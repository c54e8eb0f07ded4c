using System.Text;

namespace Network.Client.Generator;

/// <summary>One .graphql file of operations and fragments.</summary>
internal sealed record SourceFile(string Path, string Text);

/// <summary>
/// The operation files of a project as one document, so that a fragment defined in one file can be used
/// in another, with the line each file starts at, to say where a problem is.
/// </summary>
internal sealed class OperationSources
{
    private readonly List<(SourceFile File, int FirstLine)> _files = [];

    public OperationSources(IEnumerable<SourceFile> files)
    {
        var text = new StringBuilder();
        var line = 1;
        foreach (var file in files)
        {
            _files.Add((file, line));
            var content = file.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
            text.Append(content);
            if (!content.EndsWith('\n'))
            {
                text.Append('\n');
            }

            line += content.Count(c => c == '\n') + (content.EndsWith('\n') ? 0 : 1);
        }

        Text = text.ToString();
    }

    /// <summary>All files, one after the other, each ending with a line break.</summary>
    public string Text { get; }

    public IReadOnlyList<SourceFile> Files => [.. _files.Select(f => f.File)];

    /// <summary>The file and line within it of a line of <see cref="Text"/>.</summary>
    public (string File, int Line) Locate(int line)
    {
        var (file, first) = _files.Last(f => f.FirstLine <= line);
        return (file.Path, line - first + 1);
    }

    /// <summary>The line and column (both from 1) of a character offset in <see cref="Text"/>.</summary>
    public (int Line, int Column) Position(int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < Text.Length; i++)
        {
            if (Text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    public Diagnostic At(int offset, string code, string message)
    {
        var (line, column) = Position(offset);
        var (file, fileLine) = Locate(line);
        return new Diagnostic(file, fileLine, column, code, message);
    }
}
