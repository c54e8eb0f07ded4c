namespace Network.Server.GraphQL.Ide;

/// <summary>The headers of every IDE response: the page, its scripts, styles, fonts and Monaco's workers.</summary>
public static class IdeHeaders
{
    /// <summary>
    /// Scripts, workers and requests from this origin only. Styles may be inline because Monaco writes its
    /// own style elements; GraphiQL's fonts and icons are data: URLs. No framing, no forms, no base URL.
    /// Workers run under the policy their own response carries, which is this one too.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; worker-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "font-src 'self' data:; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Bundled files have a content hash in their names: a changed file is a new name.</summary>
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    /// <summary>The page embeds the current settings and names the current bundle: revalidate every time.</summary>
    public const string PageCacheControl = "no-cache";

    public static void Apply(HttpResponse response, string cacheControl)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = cacheControl;
    }
}
