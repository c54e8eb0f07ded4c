using Network.Server.Identity;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Instances;

namespace Network.Server.Tests.Replication;

/// <summary>
/// Two instances behind a load balancer, one primary, one replica and Redis: a caller who writes through one instance reads
/// their write through the other while the replica lags, because the instances share the callers' last write positions in
/// Redis; another caller still reads the replica.
/// </summary>
[Collection(OwnClusters.Name)]
public sealed class SharedReadYourWritesTests(SharedReadYourWritesTests.TwoInstances network) : IClassFixture<SharedReadYourWritesTests.TwoInstances>
{
    private static readonly Caller Writer = new("shared-writer", [Role.Admin]);
    private static readonly Caller Reader = new("shared-reader", [Role.Admin]);

    [Fact]
    public async Task A_write_through_one_instance_is_read_back_through_the_other_while_the_replica_lags()
    {
        var data = await network.A.CreateGraphQLClient(Writer).QueryAsync(
            "mutation($input: RegisterEmployerInput!) { registerEmployer(input: $input) { employer { id } errors { __typename } } }",
            new { input = new { name = "Cradley Heath Chains", sector = "ENGINEERING_MANUFACTURING", size = "SMALL", postcode = "B64 5AA" } });
        var id = data["registerEmployer"]!["employer"]!["id"]!.GetValue<string>();
        await network.CaughtUpAsync();
        await network.Replica.ExecuteAsync("SELECT pg_wal_replay_pause()");

        var renamed = await network.A.CreateGraphQLClient(Writer).QueryAsync(
            "mutation($input: UpdateEmployerInput!) { updateEmployer(input: $input) { employer { name } errors { __typename } } }",
            new { input = new { employerId = id, name = "Cradley Heath Chain Works" } });
        Assert.Equal("Cradley Heath Chain Works", renamed["updateEmployer"]!["employer"]!["name"]!.GetValue<string>());

        Assert.Equal("Cradley Heath Chain Works", await NameAsync(network.B, Writer, id));
        Assert.Equal("Cradley Heath Chains", await NameAsync(network.B, Reader, id));

        await network.Replica.ExecuteAsync("SELECT pg_wal_replay_resume()");
        await Eventually.TrueAsync(async () => await NameAsync(network.B, Reader, id) == "Cradley Heath Chain Works", "the replica to replay the rename");
    }

    private static async Task<string> NameAsync(NetworkApp app, Caller caller, string id)
    {
        var data = await app.CreateGraphQLClient(caller).QueryAsync("query($id: ID!) { node(id: $id) { ... on Employer { name } } }", new { id });
        return data["node"]!["name"]!.GetValue<string>();
    }

    public sealed class TwoInstances : IAsyncLifetime
    {
        public PostgresServer Primary { get; private set; } = null!;

        public PostgresServer Replica { get; private set; } = null!;

        public NetworkApp A { get; private set; } = null!;

        public NetworkApp B { get; private set; } = null!;

        private RedisProcess? _redis;

        public async Task InitializeAsync()
        {
            Primary = await PostgresServer.CreateAsync("shared-primary");
            Replica = Primary.StartStandby("shared-replica");
            _redis = await RedisProcess.StartAsync();
            A = Instance();
            await A.InitializeAsync();
            B = Instance();
            await B.InitializeAsync();
        }

        /// <summary>The replica has replayed everything the primary has written so far.</summary>
        public Task CaughtUpAsync() => ReplicatedNetwork.CaughtUpAsync(Primary, Replica);

        public async Task DisposeAsync()
        {
            foreach (var app in new[] { A, B })
            {
                if (app is not null)
                {
                    await app.DisposeAsync();
                }
            }

            if (_redis is not null)
            {
                await _redis.DisposeAsync();
            }

            if (Replica is not null)
            {
                await Replica.DisposeAsync();
            }

            if (Primary is not null)
            {
                await Primary.DisposeAsync();
            }
        }

        private NetworkApp Instance() => new()
        {
            Database = Primary.ConnectionString,
            Settings = new Dictionary<string, string?>
            {
                ["ConnectionStrings:NetworkReplica"] = Replica.ConnectionString,
                ["Redis:Configuration"] = _redis!.Configuration,
                ["Database:Replica:MaxLag"] = "01:00:00",
                ["Database:Replica:ReadYourWritesWindow"] = "01:00:00",
                ["Database:Replica:RetryAfter"] = "00:00:01",
            },
        };
    }
}
