namespace Network.Client.Tool;

/// <summary>Writes a file whole or not at all: an interrupted command leaves the previous copy as it was.</summary>
internal static class FileReplacement
{
    public static async Task WriteAsync(string path, string content, CancellationToken cancellationToken)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllTextAsync(temporary, content, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
