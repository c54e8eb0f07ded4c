namespace Network.Server.Hosting;

/// <summary>
/// <c>Hosting:ShutdownTimeout</c>: how long the server, once told to stop (SIGTERM, Ctrl+C), lets the requests in flight
/// finish before it ends them; 30 seconds by default. Meanwhile it takes no new connections, closes its WebSockets with
/// 1001 and ends its event streams. A service manager should wait a little longer before it kills the process.
/// </summary>
public static class ShutdownSettings
{
    public const string Key = "Hosting:ShutdownTimeout";

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static WebApplicationBuilder AddNetworkShutdown(this WebApplicationBuilder builder)
    {
        var timeout = Read(builder.Configuration);
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = timeout);
        return builder;
    }

    public static TimeSpan Read(IConfiguration configuration)
    {
        var value = configuration[Key];
        if (value is null)
        {
            return DefaultTimeout;
        }

        return TimeSpan.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var timeout) && timeout > TimeSpan.Zero && timeout <= TimeSpan.FromHours(1)
            ? timeout
            : throw new StartupException($"{Key} is '{value}': give a duration longer than zero and at most an hour, as in 00:00:30.");
    }
}
