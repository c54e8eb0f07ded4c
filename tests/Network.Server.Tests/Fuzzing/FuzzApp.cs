using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Fuzzing;

/// <summary>
/// The server with its errors captured, and a request-size limit above a megabyte so that huge strings reach
/// the resolvers as well as the limit.
/// </summary>
public sealed class FuzzApp : NetworkApp
{
    public const int MaxRequestBytes = 2 * 1024 * 1024;

    // The regional figures are worked out on first use only: refreshing them in the background would slow every case.
    public FuzzApp() => Settings = new Dictionary<string, string?>
    {
        ["GraphQL:Budgets:MaxRequestBytes"] = MaxRequestBytes.ToString(CultureInfo.InvariantCulture),
        ["Insights:WarmOnStart"] = "false",
        ["Insights:RefreshInterval"] = "01:00:00",
    };

    public CapturedLog Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(Log));
    }
}
