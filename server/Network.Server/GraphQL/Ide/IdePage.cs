using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Net.Http.Headers;
using Network.Server.GraphQL.Transport;

namespace Network.Server.GraphQL.Ide;

/// <summary>
/// The page at <c>/graphql</c> for a browser: the bundle's <c>index.html</c> with the IDE's settings
/// (tabs, headers) written into a JSON block where the template says <c>&lt;!-- ide-settings --&gt;</c>.
/// The page is made once, at start-up.
/// </summary>
public sealed class IdePage
{
    public const string SettingsMarker = "<!-- ide-settings -->";

    private static readonly JsonSerializerOptions SettingsJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly byte[] _html;

    private IdePage(byte[] html, bool isBuilt)
    {
        _html = html;
        IsBuilt = isBuilt;
    }

    /// <summary>False when the server was built without the IDE's bundle; the page then says so.</summary>
    public bool IsBuilt { get; }

    public static IdePage Create(IdeOptions options, IReadOnlyList<ReadmeExample> examples)
    {
        var template = Path.Combine(options.BundleDirectory, "index.html");
        if (!File.Exists(template))
        {
            return new IdePage(Encoding.UTF8.GetBytes(MissingBundlePage), isBuilt: false);
        }

        var html = File.ReadAllText(template);
        if (!html.Contains(SettingsMarker, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The IDE's page template {template} has no {SettingsMarker} for its settings.");
        }

        var settings = new Settings(
            Endpoint: "/graphql",
            Tabs: [.. IdeTabs.Create(options.TokenGuidance, examples).Select(query => new Tab(query))],
            Headers: options.TokenGuidance ? IdeTabs.PlaceholderHeaders : null,
            PlaceholderAuthorization: options.TokenGuidance ? IdeTabs.PlaceholderAuthorization : null);

        // The default encoder writes <, > and & as \u escapes, so the JSON cannot close the script element.
        var block = $"""<script id="ide-settings" type="application/json">{JsonSerializer.Serialize(settings, SettingsJson)}</script>""";
        return new IdePage(Encoding.UTF8.GetBytes(html.Replace(SettingsMarker, block, StringComparison.Ordinal)), isBuilt: true);
    }

    /// <summary>
    /// A GET whose <c>Accept</c> puts <c>text/html</c> above every media type a GraphQL response may have
    /// (<c>*/*</c> included), as a browser's navigation does. GraphQL clients never ask for HTML first.
    /// </summary>
    public static bool IsWantedBy(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) || !MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var values))
        {
            return false;
        }

        double html = 0, graphQL = 0;
        foreach (var value in values)
        {
            var quality = value.Quality ?? 1;
            switch (value.MediaType.Value?.ToLowerInvariant())
            {
                case "text/html":
                    html = Math.Max(html, quality);
                    break;
                case ResponseMediaType.GraphQLResponse or ResponseMediaType.Json or "application/*" or "*/*":
                    graphQL = Math.Max(graphQL, quality);
                    break;
            }
        }

        return html > 0 && html > graphQL;
    }

    public async Task WriteAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = IsBuilt ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = _html.Length;
        response.Headers.Vary = HeaderNames.Accept;
        IdeHeaders.Apply(response, IdeHeaders.PageCacheControl);
        await response.Body.WriteAsync(_html, context.RequestAborted);
    }

    private const string MissingBundlePage = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>GraphQL IDE not built</title></head>
        <body>
        <h1>GraphQL IDE not built</h1>
        <p>The IDE is on (<code>GraphQL:Ide</code>), but this build of the server has no IDE bundle. Build the server
        with Node.js and npm on the PATH: the build bundles the IDE with npm. GraphQL requests to this address work as usual.</p>
        </body>
        </html>

        """;

    private sealed record Settings(string Endpoint, IReadOnlyList<Tab> Tabs, string? Headers, string? PlaceholderAuthorization);

    private sealed record Tab(string Query);
}
