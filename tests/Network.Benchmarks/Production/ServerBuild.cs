using System.Reflection;
using Network.Server.Hosting;

namespace Network.Benchmarks.Production;

/// <summary>
/// The server as built beside this benchmark: <c>server/Network.Server/bin/CONFIGURATION/net10.0/Network.Server.dll</c>, in the
/// configuration this benchmark was built in (building the benchmark builds the server too), and the server project's
/// folder as content root, where its appsettings files are.
/// </summary>
internal sealed record ServerBuild(string Assembly, string ContentRoot, string Configuration)
{
    /// <summary>The configuration this benchmark was built in; the server it starts is the one built beside it.</summary>
    private static string BuiltConfiguration => typeof(ServerBuild).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    /// <summary>This benchmark's own build, to run one of its modes as a process of its own.</summary>
    public static ServerBuild Benchmark() => new(typeof(ServerBuild).Assembly.Location, AppContext.BaseDirectory, BuiltConfiguration);

    public static ServerBuild Locate()
    {
        var root = RepositoryRoot.Find(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException($"No Network.sln above {AppContext.BaseDirectory}: run the benchmark from its checkout.");
        var configuration = BuiltConfiguration;
        var contentRoot = Path.Combine(root, "server", "Network.Server");
        var framework = Path.GetFileName(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var assembly = Path.Combine(contentRoot, "bin", configuration, framework, "Network.Server.dll");
        return File.Exists(assembly)
            ? new ServerBuild(assembly, contentRoot, configuration)
            : throw new InvalidOperationException($"{assembly} is missing: build with `dotnet run -c Release --project tests/Network.Benchmarks -- …`.");
    }
}
