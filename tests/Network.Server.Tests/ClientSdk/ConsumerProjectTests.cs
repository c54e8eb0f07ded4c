using System.Diagnostics;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Schema;

namespace Network.Server.Tests.ClientSdk;

/// <summary>
/// The SDK as a team outside this repository uses it: packed with <c>dotnet pack</c> into a folder feed,
/// referenced by a fresh project that adds a .graphql operation of its own, built, and run against the
/// server; and the same project with a wrong field, whose build fails naming the file and line.
/// </summary>
public sealed class ConsumerProjectTests(ConsumerProjectTests.PackedSdk sdk, NetworkApp app) : IClassFixture<ConsumerProjectTests.PackedSdk>, IClassFixture<NetworkApp>
{
    private const string Program = """
        using Microsoft.Extensions.DependencyInjection;
        using Network.Client;
        using Team.Gaps;

        var services = new ServiceCollection();
        services.AddTeamGapsClient().ConfigureHttpClient(client => client.BaseAddress = new Uri(args[0]));
        var client = services.BuildServiceProvider().GetRequiredService<TeamGapsClient>();

        var result = await client.GapsNearCoventry.ExecuteAsync(new NearInput { Origin = new PlaceInput { Postcode = "CV1" }, RadiusKm = 10 });
        var gaps = result.EnsureNoErrors().SkillsGaps;
        Console.WriteLine($"{gaps.TotalCount} {string.Join(",", gaps.Nodes!.Select(g => $"{g.Skill.Slug}:{g.Severity}"))}");
        """;

    private const string Operation = """
        # A team's own operation, next to the SDK's shipped ones.
        query GapsNearCoventry($near: NearInput!) {
          skillsGaps(near: $near, first: 5) {
            totalCount
            nodes { severity skill { slug } }
          }
        }
        """;

    [Fact]
    public async Task A_consumer_adds_an_operation_builds_and_runs_it_against_the_server()
    {
        var data = new TestData(app);
        var employer = await data.EmployerAsync("Consumer Test Works", Sector.IctDigital, "CV1 2JH");
        await data.GapAsync(employer, "cybersecurity", description: "For the consumer project");
        var project = sdk.CreateProject("Team.Gaps", ("Operations/GapsNearCoventry.graphql", Operation));

        var build = await PackedSdk.RunAsync(project, "build", "--nologo", "--disable-build-servers", "-v", "minimal");
        Assert.True(build.ExitCode == 0, build.Output);
        var run = await PackedSdk.RunAsync(project, "run", "--no-build", "--", SdkClients.ServerAddress(app).ToString());

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal("1 cybersecurity:High", run.Output.Trim().Split('\n')[^1]);
        Assert.True(File.Exists(Path.Combine(project, "bin", "Debug", "net10.0", "TeamGapsClient.operations.json")), "The manifest is in the output.");
    }

    [Fact]
    public async Task A_wrong_field_in_a_consumers_operation_fails_the_build_naming_the_file_and_line()
    {
        var broken = Operation.Replace("nodes { severity skill { slug } }", "nodes { severity headcount skill { slug } }", StringComparison.Ordinal);
        var project = sdk.CreateProject("Team.Broken", ("Operations/GapsNearCoventry.graphql", broken));

        var build = await PackedSdk.RunAsync(project, "build", "--nologo", "--disable-build-servers", "-v", "minimal");

        Assert.NotEqual(0, build.ExitCode);
        var file = Path.Combine(project, "Operations", "GapsNearCoventry.graphql");
        Assert.Contains($"{file}(5,22): error GQL531: Cannot query field 'headcount' on type 'SkillsGap'.", build.Output, StringComparison.Ordinal);
    }

    /// <summary>The SDK packed once for the test class, under a version of its own so that no cached package stands in for it.</summary>
    public sealed class PackedSdk : IAsyncLifetime
    {
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

        /// <summary>A console project referencing the packed SDK from the folder feed, with the given files.</summary>
        public string CreateProject(string name, params (string Path, string Text)[] files)
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
                </Project>
                """);
            File.WriteAllText(Path.Combine(project, "Program.cs"), Program);
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
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment.Remove("MSBuildExtensionsPath");
            start.Environment.Remove("MSBUILD_EXE_PATH");
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output + await error);
        }
    }
}
