using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Network.Server.Tests.Ide;

/// <summary>Requests as a browser sends them, and what the IDE's page holds.</summary>
public static partial class IdeRequests
{
    /// <summary>What Chromium sends when it opens a page.</summary>
    public const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

    public static Task<HttpResponseMessage> GetAsync(HttpClient http, string path, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return http.SendAsync(request);
    }

    public static Task<HttpResponseMessage> OpenInBrowserAsync(HttpClient http, string path = "/graphql") => GetAsync(http, path, BrowserAccept);

    /// <summary>The settings the server wrote into the page: tabs, headers and the placeholder Authorization.</summary>
    public static JsonObject Settings(string html)
    {
        var match = SettingsBlock().Match(html);
        Assert.True(match.Success, "The page has no settings block.");
        return JsonNode.Parse(match.Groups[1].Value)!.AsObject();
    }

    /// <summary>The bundle's files the page loads: its scripts and style sheets.</summary>
    public static IReadOnlyList<string> LinkedAssets(string html) =>
        [.. AssetReference().Matches(html).Select(m => m.Groups[1].Value)];

    public static string? Header(HttpHeaders headers, string name) => headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    [GeneratedRegex("""<script id="ide-settings" type="application/json">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex SettingsBlock();

    [GeneratedRegex("(?:src|href)=\"(/graphql/ide/[^\"]+)\"")]
    private static partial Regex AssetReference();
}
