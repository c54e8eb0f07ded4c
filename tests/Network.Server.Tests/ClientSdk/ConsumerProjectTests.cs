using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.ClientSdk;

/// <summary>
/// The SDK as a team outside this repository uses it: packed with <c>dotnet pack</c> into a folder feed,
/// referenced by a fresh project that adds a .graphql operation of its own, built, and run against the
/// server; and the same project with a wrong field, whose build fails naming the file and line.
/// </summary>
[Collection(PackedSdk.Collection)]
public sealed class ConsumerProjectTests(PackedSdk sdk, NetworkApp app) : IClassFixture<NetworkApp>
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
        var project = sdk.CreateProject("Team.Gaps", Program, ("Operations/GapsNearCoventry.graphql", Operation));

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
        var project = sdk.CreateProject("Team.Broken", Program, ("Operations/GapsNearCoventry.graphql", broken));

        var build = await PackedSdk.RunAsync(project, "build", "--nologo", "--disable-build-servers", "-v", "minimal");

        Assert.NotEqual(0, build.ExitCode);
        var file = Path.Combine(project, "Operations", "GapsNearCoventry.graphql");
        Assert.Contains($"{file}(5,22): error GQL531: Cannot query field 'headcount' on type 'SkillsGap'.", build.Output, StringComparison.Ordinal);
    }
}
