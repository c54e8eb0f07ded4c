using System.Diagnostics;
using System.Text;
using Network.Server.Identity;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Replication;

/// <summary>
/// Routing made visible with data: while the replica's replay is paused, a change made on the primary alone shows which
/// database answered. A query that sees the old value read the replica; one that sees the new value read the primary.
/// </summary>
[Collection(OwnClusters.Name)]
public sealed class ReplicaRoutingTests(ReplicatedNetwork network) : IClassFixture<ReplicatedNetwork>
{
    private static readonly Caller Writer = new("replica-writer", [Role.Admin]);
    private static readonly Caller Reader = new("replica-reader", [Role.Admin]);

    [Fact]
    public async Task Queries_read_the_replica_and_mutations_and_their_payloads_the_primary()
    {
        var id = await ReplicatedEmployerAsync("Foundry Lane Fabrication");
        await network.PauseReplayAsync();
        await RenameOnPrimaryAsync(id, "Changed on the primary alone");

        Assert.Equal("Foundry Lane Fabrication", await NameAsync(Reader, id));
        Assert.Equal("Renamed through the API", await RenameAsync(Writer, id, "Renamed through the API"));
        Assert.Equal("Renamed through the API", await network.Primary.ScalarAsync<string>($"SELECT name FROM employers WHERE id = {KeyOf(id)}"));
        Assert.Equal("Foundry Lane Fabrication", await NameAsync(Reader, id));
    }

    [Fact]
    public async Task A_caller_reads_their_own_writes_while_the_replica_lags_and_others_read_the_replica()
    {
        var id = await ReplicatedEmployerAsync("Tame Valley Builders");
        await network.PauseReplayAsync();

        await RenameAsync(Writer, id, "Tame Valley Construction");

        Assert.Equal("Tame Valley Construction", await NameAsync(Writer, id));
        Assert.Equal("Tame Valley Builders", await NameAsync(Reader, id));

        await network.Replica.ExecuteAsync("SELECT pg_wal_replay_resume()");
        await Eventually.TrueAsync(async () => await NameAsync(Reader, id) == "Tame Valley Construction", "the replica to replay the rename");
        Assert.Equal("Tame Valley Construction", await NameAsync(Writer, id));
    }

    [Fact]
    public async Task Queries_fall_back_to_the_primary_while_the_replica_is_down_and_return_when_it_is_back()
    {
        var id = await ReplicatedEmployerAsync("Black Country Castings");
        await network.PauseReplayAsync();
        await RenameOnPrimaryAsync(id, "Black Country Castings Ltd");
        Assert.Equal("Black Country Castings", await NameAsync(Reader, id));

        network.Replica.Stop();

        var answered = Stopwatch.StartNew();
        Assert.Equal("Black Country Castings Ltd", await NameAsync(Reader, id));
        Assert.True(answered.Elapsed < TimeSpan.FromSeconds(10), $"The fall-back took {answered.Elapsed}.");
        Assert.Equal("Black Country Castings Ltd", await NameAsync(Writer, id));
        var ready = await network.App.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(200, (int)ready.StatusCode);
        Assert.Equal("Degraded", await ready.Content.ReadAsStringAsync());

        // Back and paused again: a change on the primary alone shows queries reading the replica once more.
        await network.ReplayingAsync();
        await network.PauseReplayAsync();
        await RenameOnPrimaryAsync(id, "Changed while the replica is paused");
        await Eventually.TrueAsync(async () => await NameAsync(Reader, id) == "Black Country Castings Ltd", "queries to read the replica again");
        var healthy = await network.App.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal("Healthy", await healthy.Content.ReadAsStringAsync());
    }

    /// <summary>An employer registered through the API, with the replica replaying and caught up.</summary>
    private async Task<string> ReplicatedEmployerAsync(string name)
    {
        await network.ReplayingAsync();
        var data = await network.App.CreateGraphQLClient(Writer).QueryAsync(
            "mutation($input: RegisterEmployerInput!) { registerEmployer(input: $input) { employer { id } errors { __typename } } }",
            new { input = new { name, sector = "ENGINEERING_MANUFACTURING", size = "SMALL", postcode = "B1 1AA" } });
        var id = data["registerEmployer"]!["employer"]!["id"]!.GetValue<string>();
        await network.ReplayingAsync();
        return id;
    }

    private async Task<string> NameAsync(Caller caller, string id)
    {
        var data = await network.App.CreateGraphQLClient(caller).QueryAsync("query($id: ID!) { node(id: $id) { ... on Employer { name } } }", new { id });
        return data["node"]!["name"]!.GetValue<string>();
    }

    private async Task<string> RenameAsync(Caller caller, string id, string name)
    {
        var data = await network.App.CreateGraphQLClient(caller).QueryAsync(
            "mutation($input: UpdateEmployerInput!) { updateEmployer(input: $input) { employer { name } errors { __typename } } }",
            new { input = new { employerId = id, name } });
        Assert.True(data["updateEmployer"]!["errors"] is null, data.ToJsonString());
        return data["updateEmployer"]!["employer"]!["name"]!.GetValue<string>();
    }

    private Task RenameOnPrimaryAsync(string id, string name) =>
        network.Primary.ExecuteAsync($"UPDATE employers SET name = '{name}' WHERE id = {KeyOf(id)}");

    private static int KeyOf(string id) => int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(id)).Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
}
