using Microsoft.Extensions.DependencyInjection;
using Network.Server.GraphQL.Subscriptions;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Pairings;

namespace Network.Server.Tests.ClientSdk;

/// <summary>
/// The store, <c>Watch()</c>, subscriptions through the store and fragments as interfaces, as a team's project outside
/// this repository uses them: the packed SDK, the team's own operations and fragment, run against the server.
/// </summary>
[Collection(PackedSdk.Collection)]
public sealed class StoreConsumerTests(PackedSdk sdk, NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Program = """
        using Microsoft.Extensions.DependencyInjection;
        using Network.Client;
        using Team.Store;

        // args: the API's address, the proposer's token, the pairing's ID.
        var services = new ServiceCollection();
        services.AddTeamStoreClient().ConfigureHttpClient(Http, http => http.AddHttpMessageHandler(() => new Bearer(args[1])));
        services.AddNetworkClient().ConfigureHttpClient(Http, http => http.AddHttpMessageHandler(() => new Bearer(args[1])));
        await using var provider = services.BuildServiceProvider();
        var team = provider.GetRequiredService<TeamStoreClient>();
        var network = provider.GetRequiredService<NetworkClient>();

        // Fragments as interfaces: one method for the employers of two operations.
        static string Card(IEmployerCard employer) => $"[{employer.Name}|{employer.Sector}]";
        var mine = (await team.MyEmployer.ExecuteAsync()).EnsureNoErrors().Me.Mentor!.Employer;
        var partners = (await team.PairingEmployers.ExecuteAsync(args[2])).EnsureNoErrors().Node as PairingEmployers_Node_Pairing;
        Console.WriteLine($"cards {Card(mine)} {string.Join(" ", partners!.Participants.Select(p => Card(p.Employer)))}");

        // Two watchers, one of the team's query and one of the SDK's, and the SDK's subscription feeding the shared store.
        var accepted = new CountdownEvent(2);
        using var own = team.MyPairingStatuses.Watch().Subscribe(new Printer<MyPairingStatusesResult>("own", r => r.Me.Mentor!.Pairings.Single().Status, accepted));
        using var shipped = network.MyPairings.Watch().Subscribe(new Printer<MyPairingsResult>("shipped", r => r.Me.Mentor!.Pairings.Single().Status, accepted));
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var received = new TaskCompletionSource();
        var events = Task.Run(async () =>
        {
            await foreach (var e in network.PairingChanged.SubscribeAsync(pairingId: args[2], cancellationToken: stop.Token))
            {
                Console.WriteLine($"event {e.EnsureNoErrors().PairingChanged!.Change.Type}");
                received.TrySetResult();
            }
        });
        Console.WriteLine("subscribed");
        await received.Task.WaitAsync(stop.Token);
        Console.WriteLine(accepted.Wait(TimeSpan.FromSeconds(30)) ? $"seen entities={network.Store.EntityCount > 0}" : "timed out");
        stop.Cancel();
        try { await events; } catch (OperationCanceledException) { }

        void Http(HttpClient client) => client.BaseAddress = new Uri(args[0]);

        sealed class Printer<T>(string name, Func<T, PairingStatus> status, CountdownEvent accepted) : IObserver<IOperationResult<T>>
            where T : class
        {
            public void OnNext(IOperationResult<T> result)
            {
                var value = status(result.EnsureNoErrors());
                Console.WriteLine($"{name} {value}");
                if (value == PairingStatus.Accepted)
                {
                    accepted.Signal();
                }
            }

            public void OnError(Exception error) => Console.WriteLine($"{name} error {error.Message}");

            public void OnCompleted() { }
        }

        sealed class Bearer(string token) : DelegatingHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                request.Headers.Authorization = new("Bearer", token);
                return base.SendAsync(request, cancellationToken);
            }
        }
        """;

    private const string Operations = """
        fragment EmployerCard on Employer { name sector }

        query MyEmployer { me { mentor { employer { ...EmployerCard } } } }

        query PairingEmployers($id: ID!) {
          node(id: $id) { ... on Pairing { participants { employer { ...EmployerCard size } } } }
        }

        query MyPairingStatuses { me { mentor { pairings { status } } } }
        """;

    [Fact]
    public async Task A_consumers_watchers_follow_a_subscription_event_and_its_fragments_are_interfaces()
    {
        var kit = new PairingKit(app);
        var (first, second) = await kit.PairAsync();
        var pairingId = await kit.ProposedAsync(first, second, TestCallers.Mentor(first.Id));
        var project = sdk.CreateProject("Team.Store", Program, ("Operations/Team.graphql", Operations));
        var build = await PackedSdk.RunAsync(project, "build", "--nologo", "--disable-build-servers", "-v", "minimal");
        Assert.True(build.ExitCode == 0, build.Output);
        var hub = app.Services.GetRequiredService<EventHub>();
        var before = hub.Count;

        var run = PackedSdk.Start(project, "run", "--no-build", "--", SdkClients.ServerAddress(app).ToString(), app.CreateToken(TestCallers.Mentor(first.Id)), pairingId);
        await run.WaitForLineAsync("subscribed");
        await GraphQLSocket.LiveSubscriptionsAsync(app, live => live > before);

        Assert.Null((await kit.AcceptAsync(TestCallers.Mentor(second.Id), pairingId))["errors"]);
        var (exitCode, output) = await run.CompleteAsync();

        Assert.True(exitCode == 0, output);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^cards \[Pairing Works [0-9a-f]{8}\|IctDigital\]( \[Pairing Works [0-9a-f]{8}\|IctDigital\]){2}$", Assert.Single(lines, l => l.StartsWith("cards ", StringComparison.Ordinal)));
        Assert.Equal(["own Proposed", "own Accepted"], lines.Where(l => l.StartsWith("own ", StringComparison.Ordinal)));
        Assert.Equal(["shipped Proposed", "shipped Accepted"], lines.Where(l => l.StartsWith("shipped ", StringComparison.Ordinal)));
        Assert.True(lines.Contains("event AcceptedByMentor"), output);
        Assert.Equal("seen entities=True", lines[^1]);
    }
}
