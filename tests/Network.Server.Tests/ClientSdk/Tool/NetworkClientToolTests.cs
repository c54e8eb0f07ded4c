using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.ClientSdk.Tool;

/// <summary>
/// The packed <c>network-client</c> tool as a team uses it: installed from the feed, <c>init</c> against the running
/// server in a fresh project, the project built with an operation against the downloaded copy and run; <c>update</c>
/// after the copy drifted from the server.
/// </summary>
[Collection(PackedSdk.Collection)]
public sealed class NetworkClientToolTests(PackedSdk sdk, NetworkApp app) : IClassFixture<NetworkApp>
{
    // The project generates the schema's enums and input types itself (GraphQLSharedTypes none), in its own namespace.
    private const string Program = """
        using Microsoft.Extensions.DependencyInjection;
        using Team.Tool;

        var services = new ServiceCollection();
        services.AddTeamToolClient().ConfigureHttpClient(client => client.BaseAddress = new Uri(args[0]));
        var client = services.BuildServiceProvider().GetRequiredService<TeamToolClient>();

        var result = await client.GapsNearCoventry.ExecuteAsync(new NearInput { Origin = new PlaceInput { Postcode = "CV1" }, RadiusKm = 10 });
        var gaps = result.EnsureNoErrors().SkillsGaps;
        Console.WriteLine($"{gaps.TotalCount} {string.Join(",", gaps.Nodes!.Select(g => $"{g.Skill.Slug}:{g.Severity}"))}");
        """;

    private const string Operation = """
        query GapsNearCoventry($near: NearInput!) {
          skillsGaps(near: $near, first: 5) {
            totalCount
            nodes { severity skill { slug } }
          }
        }
        """;

    private const string Settings = """
          <PropertyGroup>
            <GraphQLSchema>schema.graphql</GraphQLSchema>
            <GraphQLSharedTypes>none</GraphQLSharedTypes>
          </PropertyGroup>
        """;

    private string Url => SdkClients.ServerAddress(app).ToString();

    [Fact]
    public async Task Init_downloads_the_schema_a_project_then_builds_its_operations_against_and_runs()
    {
        var data = new TestData(app);
        var employer = await data.EmployerAsync("Tool Test Works", Sector.IctDigital, "CV1 2JH");
        await data.GapAsync(employer, "cybersecurity", description: "For the tool's project");
        var project = sdk.CreateProject("Team.Tool", Program, ("Operations/GapsNearCoventry.graphql", Operation));

        var init = await sdk.RunToolAsync(project, token: null, "init", Url);

        Assert.True(init.ExitCode == 0, init.Output);
        Assert.Contains(Settings, init.Output, StringComparison.Ordinal);
        Assert.Contains("type SkillsGap implements Node {", await File.ReadAllTextAsync(Path.Combine(project, "schema.graphql")), StringComparison.Ordinal);
        Assert.Contains($"\"url\": \"{Url}\"", await File.ReadAllTextAsync(Path.Combine(project, ".network-client.json")), StringComparison.Ordinal);

        AddToProjectFile(project, Settings);
        var build = await PackedSdk.RunAsync(project, "build", "--nologo", "--disable-build-servers", "-v", "minimal");
        Assert.True(build.ExitCode == 0, build.Output);
        var run = await PackedSdk.RunAsync(project, "run", "--no-build", "--", Url);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal("1 cybersecurity:High", run.Output.Trim().Split('\n')[^1]);
        var generated = await File.ReadAllTextAsync(Path.Combine(project, "obj", "Debug", "net10.0", "TeamToolClient.g.cs"));
        Assert.Contains("public enum Sector", generated, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_reports_each_change_from_the_previous_copy_and_replaces_it()
    {
        var project = sdk.CreateProject("Team.Drift", Program);
        Assert.Equal(0, (await sdk.RunToolAsync(project, token: null, "init", Url, "--project", project)).ExitCode);
        var schema = Path.Combine(project, "schema.graphql");
        var downloaded = await File.ReadAllTextAsync(schema);

        // The copy drifts: a field the server lacks, and an enum value missing.
        var statuses = downloaded.IndexOf("enum PairingStatus {", StringComparison.Ordinal);
        var paused = downloaded.IndexOf("  PAUSED\n", statuses, StringComparison.Ordinal);
        var drifted = downloaded.Remove(paused, "  PAUSED\n".Length)
            .Replace("type Mentor implements Node {\n", "type Mentor implements Node {\n  nickname: String\n", StringComparison.Ordinal);
        await File.WriteAllTextAsync(schema, drifted);

        var update = await sdk.RunToolAsync(project, token: null, "update", "--project", project);

        Assert.True(update.ExitCode == 0, update.Output);
        Assert.Equal(
            [
                "warning NCT0001: Field 'Mentor.nickname' was removed (breaking)",
                "warning NCT0002: Enum value 'PAUSED' was added to enum 'PairingStatus' (dangerous)",
                $"Updated schema.graphql from {Url}: 1 breaking, 1 dangerous, 0 safe changes.",
            ],
            update.Output.Trim().Split('\n'));
        Assert.Equal(downloaded, await File.ReadAllTextAsync(schema));

        await File.WriteAllTextAsync(schema, drifted);
        var failing = await sdk.RunToolAsync(project, token: null, "update", "--fail-on-breaking", "--project", project);

        Assert.Equal(1, failing.ExitCode);
        Assert.Contains("error NCT0001: Field 'Mentor.nickname' was removed (breaking)", failing.Output, StringComparison.Ordinal);
        Assert.EndsWith($"schema.graphql was left as it was: 1 breaking, 1 dangerous, 0 safe changes at {Url}.", failing.Output.Trim(), StringComparison.Ordinal);
        Assert.Equal(drifted, await File.ReadAllTextAsync(schema));

        Assert.Equal(0, (await sdk.RunToolAsync(project, token: null, "update", "--project", project)).ExitCode);

        var again = await sdk.RunToolAsync(project, token: null, "update", "--project", project);
        Assert.Equal($"schema.graphql is up to date with {Url}.", again.Output.Trim());
    }

    [Fact]
    public async Task The_token_from_NETWORK_TOKEN_goes_with_the_download()
    {
        var project = sdk.CreateProject("Team.Token", Program);

        var refused = await sdk.RunToolAsync(project, token: "not-a-token", "init", Url);

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal($"network-client: error NCT0100: {Url} refused the introspection query (HTTP 401): The access token is not valid.", refused.Output.Trim());
        Assert.False(File.Exists(Path.Combine(project, "schema.graphql")));

        var accepted = await sdk.RunToolAsync(project, token: app.CreateToken(TestCallers.Coordinator), "init", Url);
        Assert.True(accepted.ExitCode == 0, accepted.Output);
    }

    [Fact]
    public async Task Update_names_the_file_it_cannot_use_and_changes_nothing()
    {
        var project = sdk.CreateProject("Team.Unready", Program);

        var unconfigured = await sdk.RunToolAsync(project, token: null, "update");

        Assert.Equal(2, unconfigured.ExitCode);
        Assert.Equal($"network-client: error NCT0100: .network-client.json was not found in {project}; run `network-client init <url>` first.", unconfigured.Output.Trim());

        Assert.Equal(0, (await sdk.RunToolAsync(project, token: null, "init", Url)).ExitCode);
        var schema = Path.Combine(project, "schema.graphql");
        await File.WriteAllTextAsync(schema, "type Query {\n  skills: [String\n}\n");
        var broken = await sdk.RunToolAsync(project, token: null, "update");

        Assert.Equal(2, broken.ExitCode);
        Assert.StartsWith($"{schema}(3,1): error NCT0100: The previous copy is not valid SDL: ", broken.Output.Trim(), StringComparison.Ordinal);
        Assert.Equal("type Query {\n  skills: [String\n}\n", await File.ReadAllTextAsync(schema));
    }

    /// <summary>What init tells the user to do: the settings go into the project file.</summary>
    private static void AddToProjectFile(string project, string settings)
    {
        var file = Directory.GetFiles(project, "*.csproj").Single();
        File.WriteAllText(file, File.ReadAllText(file).Replace("</Project>", settings + "</Project>", StringComparison.Ordinal));
    }
}
