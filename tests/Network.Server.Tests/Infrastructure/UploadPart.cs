namespace Network.Server.Tests.Infrastructure;

/// <summary>A file of a multipart request and the variable paths it fills, such as <c>variables.input.file</c>.</summary>
public sealed record UploadPart(string FileName, byte[] Content, params string[] Paths)
{
    public static UploadPart Text(string fileName, string content, params string[] paths) =>
        new(fileName, System.Text.Encoding.UTF8.GetBytes(content), paths);
}
