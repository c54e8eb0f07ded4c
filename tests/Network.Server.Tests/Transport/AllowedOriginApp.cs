using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Transport;

/// <summary>The server with one browser front end on another origin allowed (<c>Cors:AllowedOrigins</c>).</summary>
public sealed class AllowedOriginApp : NetworkApp
{
    public const string FrontEnd = "https://app.example.org";

    public AllowedOriginApp() => Settings = new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = FrontEnd };
}
