using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Network.Benchmarks;

/// <summary>The real server on Kestrel over loopback, with the hand-written baseline endpoint mapped beside /graphql.</summary>
internal sealed class BenchmarkServer(string connectionString, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services) : WebApplicationFactory<Program>
{
    private readonly int _port = ProcessOutputTail.FreePort();

    public static Task<BenchmarkServer> StartAsync(
        string connectionString, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var server = new BenchmarkServer(connectionString, settings ?? new Dictionary<string, string?>(), services);
        server.UseKestrel(server._port);
        server.StartServer();
        return Task.FromResult(server);
    }

    public HttpClient CreateClient(int connections) => new(new SocketsHttpHandler { MaxConnectionsPerServer = connections })
    {
        BaseAddress = new Uri($"http://127.0.0.1:{_port}"),
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSolutionRelativeContentRoot("server/Network.Server");
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Network", connectionString);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Authentication:SigningKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));

        // The load generator is one caller sending as fast as it can: it measures the server, not the rate limits.
        builder.UseSetting("RateLimiting:Enabled", "false");

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(collection =>
        {
            collection.AddSingleton(new BaselineEndpoint(connectionString));
            collection.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, BaselineStartupFilter>();
            services?.Invoke(collection);
        });
    }

}
