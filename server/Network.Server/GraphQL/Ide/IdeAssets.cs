using System.Collections.Frozen;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Network.Server.GraphQL.Ide;

/// <summary>
/// The IDE's bundled files under <c>/graphql/ide/</c>: the files of the bundle listed once at start-up,
/// and no other path. Every file but the page template has a content hash in its name, so it is cached
/// for a year.
/// </summary>
public sealed class IdeAssets
{
    public const string PathPrefix = "/graphql/ide/";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly FrozenDictionary<string, Asset> _assets;

    private IdeAssets(FrozenDictionary<string, Asset> assets) => _assets = assets;

    public int Count => _assets.Count;

    public static IdeAssets Load(string bundleDirectory)
    {
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        if (Directory.Exists(bundleDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(bundleDirectory, "*", SearchOption.AllDirectories))
            {
                var path = Path.GetRelativePath(bundleDirectory, file).Replace(Path.DirectorySeparatorChar, '/');
                if (path != "index.html" && ContentTypes.TryGetContentType(path, out var contentType))
                {
                    var info = new FileInfo(file);
                    var tag = new EntityTagHeaderValue($"\"{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}\"");
                    assets[path] = new Asset(info.FullName, contentType, info.LastWriteTimeUtc, tag);
                }
            }
        }

        return new IdeAssets(assets.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Serves the file named by the route's <c>path</c>, or 404.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.RouteValues["path"] is not string path || !_assets.TryGetValue(path, out var asset))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        IdeHeaders.Apply(context.Response, IdeHeaders.ImmutableCacheControl);
        var contentType = asset.ContentType.StartsWith("text/", StringComparison.Ordinal) ? asset.ContentType + "; charset=utf-8" : asset.ContentType;
        return TypedResults.PhysicalFile(asset.PhysicalPath, contentType, lastModified: asset.LastModified, entityTag: asset.Tag).ExecuteAsync(context);
    }

    private sealed record Asset(string PhysicalPath, string ContentType, DateTimeOffset LastModified, EntityTagHeaderValue Tag);
}
