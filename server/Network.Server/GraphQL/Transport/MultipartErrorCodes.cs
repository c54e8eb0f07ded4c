namespace Network.Server.GraphQL.Transport;

/// <summary>The codes of multipart requests refused before execution, in <c>extensions.code</c>.</summary>
public static class MultipartErrorCodes
{
    /// <summary>The body is not multipart/form-data as its Content-Type announces (HTTP 400).</summary>
    public const string Malformed = "MULTIPART_MALFORMED";

    /// <summary>No <c>operations</c> part first, or one that is not a JSON request object (HTTP 400).</summary>
    public const string InvalidOperations = "MULTIPART_OPERATIONS_INVALID";

    /// <summary>No <c>map</c> part second, or one that is not an object of paths to null variables (HTTP 400).</summary>
    public const string InvalidMap = "MULTIPART_MAP_INVALID";

    /// <summary>The map names a file that the request does not carry (HTTP 400).</summary>
    public const string FileMissing = "MULTIPART_FILE_MISSING";

    /// <summary>The request carries a file that the map does not name (HTTP 400).</summary>
    public const string FileNotMapped = "MULTIPART_FILE_NOT_MAPPED";

    /// <summary>More files than <see cref="UploadOptions.MaxFiles"/> (HTTP 400).</summary>
    public const string TooManyFiles = "MULTIPART_TOO_MANY_FILES";

    /// <summary>A file larger than <see cref="UploadOptions.MaxFileBytes"/> (HTTP 413).</summary>
    public const string UploadTooLarge = "UPLOAD_TOO_LARGE";
}
