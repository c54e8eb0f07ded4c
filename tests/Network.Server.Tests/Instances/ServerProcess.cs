using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Network.Server.Hosting;
using Network.Server.Identity;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Instances;

/// <summary>
/// The built server (<c>Network.Server.dll</c> of this build's configuration) run by <c>dotnet</c> as a process of its own,
/// on a free loopback port, as a service manager runs it: a real instance that can be sent SIGTERM or killed.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    /// <summary>The signing key of this test run's instances, so that tokens minted here are accepted by all of them.</summary>
    public static readonly string SigningKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    private readonly ChildProcess _process;

    private ServerProcess(ChildProcess process, int port, string connectionString)
    {
        _process = process;
        Port = port;
        ConnectionString = connectionString;
    }

    public int Port { get; }

    public string ConnectionString { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public ChildProcess Process => _process;

    public string Output => _process.Output;

    /// <summary>Starts an instance on <paramref name="connectionString"/> with <paramref name="settings"/> (configuration keys, as in <c>RateLimiting:Burst</c>) and waits until it is ready.</summary>
    public static async Task<ServerProcess> StartAsync(string connectionString, IReadOnlyDictionary<string, string>? settings = null, int? port = null)
    {
        var chosenPort = port ?? FreePort.Next();
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{chosenPort}",
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["DOTNET_NOLOGO"] = "1",
            ["ConnectionStrings__Network"] = connectionString,
            ["Authentication__SigningKey"] = SigningKey,
            ["RateLimiting__Enabled"] = "false",
            ["Logging__Console__FormatterName"] = "simple",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var assembly = ServerAssembly();
        var process = ChildProcess.Start("dotnet", [assembly], environment, Path.GetDirectoryName(assembly));
        var server = new ServerProcess(process, chosenPort, connectionString);
        try
        {
            await server.WaitUntilReadyAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>A client acting as <paramref name="caller"/>, with a token signed by the key the instances share.</summary>
    public GraphQLClient CreateGraphQLClient(Caller caller)
    {
        var http = CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", CreateToken(caller));
        return new GraphQLClient(http);
    }

    public static string CreateToken(Caller caller)
    {
        var options = Options.Create(new NetworkAuthenticationOptions { SigningKey = SigningKey });
        return new TokenIssuer(options, TimeProvider.System).Issue(caller.Subject!, [.. caller.Roles], caller.EmployerId, caller.MentorId);
    }

    public async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var ready = await Poll.UntilAsync(
            async () =>
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"The server exited with {_process.ExitCode} before it was ready:\n{Output}");
                }

                try
                {
                    using var response = await http.GetAsync("/health/ready");
                    return response.IsSuccessStatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    return false;
                }
            },
            TimeSpan.FromSeconds(90));
        Assert.True(ready, $"The server on port {Port} was not ready within 90 seconds:\n{Output}");
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    /// <summary>The server's own build output: the same configuration as this test assembly's (bin/Debug or bin/Release).</summary>
    private static string ServerAssembly()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var root = RepositoryRoot.Find(AppContext.BaseDirectory) ?? throw new InvalidOperationException("The tests run outside a checkout: no Network.sln above " + AppContext.BaseDirectory);
        var assembly = Path.Combine(root, "server", "Network.Server", "bin", configuration, framework, "Network.Server.dll");
        return File.Exists(assembly) ? assembly : throw new InvalidOperationException($"{assembly} is missing: build the solution first.");
    }
}
