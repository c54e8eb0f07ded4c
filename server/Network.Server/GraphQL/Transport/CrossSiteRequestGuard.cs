using Microsoft.Net.Http.Headers;

namespace Network.Server.GraphQL.Transport;

/// <summary>
/// Refuses requests that a browser may have sent from another site without a CORS preflight: GET, and
/// POST with a content type an HTML form or a no-cors fetch can send (<c>text/plain</c>,
/// <c>application/x-www-form-urlencoded</c>, <c>multipart/form-data</c>, or none). Such a request is
/// refused when its <c>Origin</c> is neither this server's nor an allowed origin, or, without an
/// <c>Origin</c>, when <c>Sec-Fetch-Site</c> says <c>cross-site</c> or <c>same-site</c>; unless it
/// carries a header a browser sends cross-site only after a preflight (<c>GraphQL-Preflight</c>,
/// <c>Authorization</c>). Clients that send neither header, such as curl or a server, are never refused.
/// </summary>
public sealed class CrossSiteRequestGuard(IEnumerable<string> allowedOrigins)
{
    public const string Code = "CROSS_SITE_REQUEST_REJECTED";

    /// <summary>HotChocolate's name for the header that marks a request as sent on purpose; any value will do.</summary>
    public const string PreflightHeader = "GraphQL-Preflight";

    private static readonly string[] PreflightOnlyHeaders = [PreflightHeader, "Apollo-Require-Preflight", HeaderNames.Authorization];
    private static readonly string[] SimpleContentTypes = ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"];

    private readonly HashSet<string> _allowedOrigins = new(allowedOrigins.Select(o => o.TrimEnd('/')), StringComparer.OrdinalIgnoreCase);

    public static string Message =>
        $"Cross-site requests need a preflight: send the {PreflightHeader} header, or POST with Content-Type: application/json.";

    public bool Rejects(HttpRequest request)
    {
        if (!CanBeSentWithoutPreflight(request) || PreflightOnlyHeaders.Any(request.Headers.ContainsKey))
        {
            return false;
        }

        if (request.Headers.Origin is { Count: > 0 } origin)
        {
            return !IsOwnOrigin(origin.ToString(), request.Host) && !_allowedOrigins.Contains(origin.ToString());
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        return site.Equals("cross-site", StringComparison.OrdinalIgnoreCase) || site.Equals("same-site", StringComparison.OrdinalIgnoreCase);
    }

    private static bool CanBeSentWithoutPreflight(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        || (HttpMethods.IsPost(request.Method)
            && (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
                || SimpleContentTypes.Contains(contentType.MediaType.Value, StringComparer.OrdinalIgnoreCase)));

    /// <summary>
    /// The origin names the host and port the request was sent to. The scheme is not compared, so that
    /// the server keeps recognising its own pages behind a proxy that ends TLS.
    /// </summary>
    private static bool IsOwnOrigin(string origin, HostString host) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && host.HasValue
        && uri.Host.Equals(host.Host, StringComparison.OrdinalIgnoreCase)
        && (host.Port is { } port ? port == uri.Port : uri.IsDefaultPort);
}
