using Microsoft.AspNetCore.Http;
using Network.Server.GraphQL.Transport;

namespace Network.Server.Tests.Transport;

/// <summary>The cross-site rules one by one, on requests built in memory.</summary>
public sealed class CrossSiteRequestGuardTests
{
    private const string Own = "https://api.example.org";
    private const string FrontEnd = "https://app.example.org";
    private const string Foreign = "https://attacker.example";

    private readonly CrossSiteRequestGuard _guard = new([FrontEnd + "/"]);

    [Theory]
    // Non-browser clients send neither Origin nor Sec-Fetch-Site.
    [InlineData("GET", null, null, null, null, false)]
    [InlineData("POST", "text/plain", null, null, null, false)]
    // Cross-site and same-site browser requests without a preflight.
    [InlineData("GET", null, null, "cross-site", null, true)]
    [InlineData("GET", null, null, "same-site", null, true)]
    [InlineData("GET", null, Foreign, "cross-site", null, true)]
    [InlineData("GET", null, "null", null, null, true)]
    [InlineData("POST", "text/plain; charset=utf-8", Foreign, null, null, true)]
    [InlineData("POST", "application/x-www-form-urlencoded", Foreign, null, null, true)]
    [InlineData("POST", "multipart/form-data; boundary=x", Foreign, null, null, true)]
    [InlineData("POST", null, Foreign, null, null, true)]
    // Same origin, typed into the address bar, or from an allowed origin.
    [InlineData("GET", null, Own, "same-origin", null, false)]
    [InlineData("GET", null, "http://api.example.org", null, null, false)]
    [InlineData("GET", null, null, "none", null, false)]
    [InlineData("GET", null, FrontEnd, "cross-site", null, false)]
    [InlineData("POST", "text/plain", FrontEnd, "cross-site", null, false)]
    // A header a browser sends cross-site only after a preflight.
    [InlineData("GET", null, Foreign, "cross-site", "GraphQL-Preflight", false)]
    [InlineData("GET", null, Foreign, "cross-site", "Authorization", false)]
    [InlineData("POST", "text/plain", Foreign, "cross-site", "GraphQL-Preflight", false)]
    // Content types a browser preflights are left to CORS.
    [InlineData("POST", "application/json", Foreign, "cross-site", null, false)]
    public void Rejects_simple_browser_requests_from_other_sites(
        string method, string? contentType, string? origin, string? fetchSite, string? extraHeader, bool rejected)
    {
        var request = new DefaultHttpContext().Request;
        request.Method = method;
        request.Host = new HostString("api.example.org");
        request.ContentType = contentType;
        if (origin is not null)
        {
            request.Headers.Origin = origin;
        }

        if (fetchSite is not null)
        {
            request.Headers["Sec-Fetch-Site"] = fetchSite;
        }

        if (extraHeader is not null)
        {
            request.Headers[extraHeader] = "1";
        }

        Assert.Equal(rejected, _guard.Rejects(request));
    }

    [Theory]
    [InlineData("localhost:5080", "http://localhost:5080", false)]
    [InlineData("localhost:5080", "http://localhost:5081", true)]
    [InlineData("api.example.org", "https://api.example.org:8443", true)]
    [InlineData("api.example.org:443", "https://api.example.org", false)]
    [InlineData("[::1]:5080", "http://[::1]:5080", false)]
    public void The_servers_own_origin_is_its_host_and_port(string host, string origin, bool rejected)
    {
        var request = new DefaultHttpContext().Request;
        request.Method = "GET";
        request.Host = new HostString(host);
        request.Headers.Origin = origin;

        Assert.Equal(rejected, _guard.Rejects(request));
    }
}
