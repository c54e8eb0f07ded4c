using System.Diagnostics;
using Network.Server.Tests.Schema;

namespace Network.Server.Tests.ClientSdk;

/// <summary>
/// The SDK and the network-client tool packed once for every consumer-project test (they share the collection), under a
/// version of their own so that no cached package stands in for them; the tool installed from the folder feed into a
/// tool path of its own; and the projects that reference the SDK from the feed.
/// </summary>
public sealed class PackedSdk : IAsyncLifetime
{
    public const string Collection = "Packed SDK";

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"network-client-consumers-{Guid.NewGuid():N}");

    /// <summary>The schema's version (schema/VERSION), as a release would have it, with a prerelease label of this run.</summary>
    public string Version { get; } =
        $"{File.ReadAllText(Path.Combine(SchemaTests.RepositoryRoot(), "schema", "VERSION")).Trim()}-test.{DateTime.UtcNow:yyyyMMddHHmmss}";

    private string Feed => Path.Combine(_root, "feed");

    private string ToolPath => Path.Combine(_root, "tools");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        foreach (var package in new[] { "Network.Client", "Network.Client.Tool" })
        {
            var directory = Path.Combine(SchemaTests.RepositoryRoot(), "client-sdk", package);
            var pack = await RunAsync(directory, "pack", "--nologo", "--disable-build-servers", "-o", Feed, $"-p:PackageVersion={Version}");
            Assert.True(pack.ExitCode == 0, pack.Output);
        }

        // The feed alone: the tool's package carries everything it needs.
        var config = Path.Combine(_root, "tool-nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="network-client" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        var install = await RunAsync(_root, "tool", "install", "Network.Client.Tool", "--version", Version, "--tool-path", ToolPath, "--configfile", config);
        Assert.True(install.ExitCode == 0, install.Output);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);

        // Leave no test version in the machine's package cache.
        foreach (var package in new[] { "network.client", "network.client.tool" })
        {
            var cached = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages", package, Version);
            if (Directory.Exists(cached))
            {
                Directory.Delete(cached, recursive: true);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Runs the installed <c>network-client</c> in <paramref name="directory"/>, with the environment variables given.</summary>
    public Task<(int ExitCode, string Output)> RunToolAsync(string directory, string? token, params string[] arguments)
    {
        var command = Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "network-client.exe" : "network-client");
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            // The tool's launcher looks for the runtime here first: the one running the tests.
            ["DOTNET_ROOT"] = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", "..")),
            ["NETWORK_TOKEN"] = token,
        };
        return RunAsync(command, directory, environment, arguments);
    }

    /// <summary>A console project referencing the packed SDK from the folder feed, with its program and the given files.</summary>
    public string CreateProject(string name, string program, params (string Path, string Text)[] files) => CreateProject(name, program, string.Empty, files);

    /// <summary>As the overload without <paramref name="settings"/>, with <paramref name="settings"/> (MSBuild XML) in its project file.</summary>
    public string CreateProject(string name, string program, string settings, params (string Path, string Text)[] files)
    {
        var project = Path.Combine(_root, name);
        Assert.False(Directory.Exists(project), $"Another test of this run has a project named {name}: the names must differ.");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="network-client" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(project, $"{name}.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Network.Client" Version="{Version}" />
              </ItemGroup>
            {settings}
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), program);
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(project, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return project;
    }

    public static Task<(int ExitCode, string Output)> RunAsync(string directory, params string[] arguments) =>
        RunAsync("dotnet", directory, new Dictionary<string, string?>(), arguments);

    private static async Task<(int ExitCode, string Output)> RunAsync(string command, string directory, IReadOnlyDictionary<string, string?> environment, string[] arguments)
    {
        using var process = Process.Start(StartInfo(command, directory, environment, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    /// <summary>Starts <c>dotnet</c> with the arguments, for a test that answers what the program prints as it runs.</summary>
    public static RunningProcess Start(string directory, params string[] arguments) =>
        new(Process.Start(StartInfo("dotnet", directory, new Dictionary<string, string?>(), arguments))!);

    private static ProcessStartInfo StartInfo(string command, string directory, IReadOnlyDictionary<string, string?> environment, string[] arguments)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A null value leaves the variable out, whatever the test run's own environment holds.
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        return start;
    }
}

/// <summary>The tests sharing one packed SDK; they run one after another, as each builds a project.</summary>
[CollectionDefinition(PackedSdk.Collection)]
public sealed class PackedSdkTests : ICollectionFixture<PackedSdk>;
