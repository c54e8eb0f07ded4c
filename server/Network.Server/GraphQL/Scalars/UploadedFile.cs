namespace Network.Server.GraphQL.Scalars;

/// <summary>
/// A file sent with a request as the GraphQL multipart request specification describes, as HotChocolate's
/// <c>IFile</c> presents one: the value of an <c>Upload</c> variable. The request owns its content, which lasts
/// until the response is written.
/// </summary>
public sealed class UploadedFile(string name, string? contentType, long length, Stream content)
{
    /// <summary>The file name the client gave.</summary>
    public string Name { get; } = name;

    public string? ContentType { get; } = contentType;

    /// <summary>The size of the content, in bytes.</summary>
    public long Length { get; } = length;

    /// <summary>The content from its start; read it before opening it again, and leave disposing it to the request.</summary>
    public Stream OpenReadStream()
    {
        content.Seek(0, SeekOrigin.Begin);
        return content;
    }
}
