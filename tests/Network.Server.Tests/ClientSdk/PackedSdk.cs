using System.Diagnostics;
using Network.Server.Tests.Schema;

namespace Network.Server.Tests.ClientSdk;

/// <summary>
/// The SDK packed once for every consumer-project test (they share the collection), under a version of its own so that
/// no cached package stands in for it; and the projects that reference it from a folder feed.
/// </summary>
public sealed class PackedSdk : IAsyncLifetime
{
    public const string Collection = "Packed SDK";

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"network-client-consumers-{Guid.NewGuid():N}");

    public string Version { get; } = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}";

    private string Feed => Path.Combine(_root, "feed");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        var sdk = Path.Combine(SchemaTests.RepositoryRoot(), "client-sdk", "Network.Client");
        var pack = await RunAsync(sdk, "pack", "--nologo", "--disable-build-servers", "-o", Feed, $"-p:PackageVersion={Version}");
        Assert.True(pack.ExitCode == 0, pack.Output);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);

        // Leave no test version in the machine's package cache.
        var cached = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages", "network.client", Version);
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }

        return Task.CompletedTask;
    }

    /// <summary>A console project referencing the packed SDK from the folder feed, with its program and the given files.</summary>
    public string CreateProject(string name, string program, params (string Path, string Text)[] files) => CreateProject(name, program, string.Empty, files);

    /// <summary>As the overload without <paramref name="settings"/>, with <paramref name="settings"/> (MSBuild XML) in its project file.</summary>
    public string CreateProject(string name, string program, string settings, params (string Path, string Text)[] files)
    {
        var project = Path.Combine(_root, name);
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

    public static async Task<(int ExitCode, string Output)> RunAsync(string directory, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(directory, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    /// <summary>Starts <c>dotnet</c> with the arguments, for a test that answers what the program prints as it runs.</summary>
    public static RunningProcess Start(string directory, params string[] arguments) => new(Process.Start(StartInfo(directory, arguments))!);

    private static ProcessStartInfo StartInfo(string directory, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
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
