namespace Network.Server.Protection;

/// <summary>
/// <c>Cors:AllowedOrigins</c>: the origins (<c>https://app.example.org</c>) of browser front ends that
/// may call <c>/graphql</c> from another site. An array, or one string separated by commas; none by default.
/// </summary>
public static class AllowedOrigins
{
    public const string Key = "Cors:AllowedOrigins";

    public static string[] Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Key);
        var origins = section.Value is { Length: > 0 } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : section.Get<string[]>() ?? [];
        foreach (var origin in origins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                || uri.PathAndQuery != "/" || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
            {
                throw new InvalidOperationException(
                    $"{Key} holds '{origin}', which is not an origin: give scheme, host and port only, as in https://app.example.org.");
            }
        }

        return [.. origins.Select(o => o.TrimEnd('/'))];
    }
}
