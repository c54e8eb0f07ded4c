using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Transport;

/// <summary>The server with <see cref="UploadEchoFeature"/>, files of at most 1 MiB and one front end allowed on another origin.</summary>
public sealed class UploadApp : NetworkApp
{
    public const int MaxFileBytes = 1024 * 1024;

    public UploadApp()
    {
        AddedFeatures = [new UploadEchoFeature()];
        Settings = new Dictionary<string, string?>
        {
            ["GraphQL:Uploads:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cors:AllowedOrigins:0"] = AllowedOriginApp.FrontEnd,
        };
    }
}
