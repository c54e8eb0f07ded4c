using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Observability;

/// <summary>The server as deployed without an OTLP endpoint, with the lines ASP.NET Core logs for each request captured.</summary>
public sealed class LoggedApp : NetworkApp
{
    public const string RequestCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddLogging(logging => logging
            .AddProvider(Logs)
            .AddFilter<CapturedLogs>(RequestCategory, LogLevel.Information)));
    }
}
