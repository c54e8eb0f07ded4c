namespace Network.Server.GraphQL.Transport;

/// <summary>
/// Limits on the files of a multipart request, bound from <c>GraphQL:Uploads</c>. They stand apart from
/// <c>GraphQL:Budgets:MaxRequestBytes</c>, which bounds the request's JSON (<c>operations</c> and <c>map</c>)
/// and would otherwise cap every file at the size of a query.
/// </summary>
public sealed class UploadOptions
{
    public const string Section = "GraphQL:Uploads";

    /// <summary>The largest file, in bytes (<c>UPLOAD_TOO_LARGE</c>, HTTP 413). A feature may set a lower limit of its own.</summary>
    public long MaxFileBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Files in one request (<c>MULTIPART_TOO_MANY_FILES</c>).</summary>
    public int MaxFiles { get; set; } = 2;
}
