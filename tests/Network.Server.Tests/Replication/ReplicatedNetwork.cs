using Network.Server.Tests.Infrastructure;
using NpgsqlTypes;

namespace Network.Server.Tests.Replication;

/// <summary>A primary, a hot standby streaming from it, and the server reading queries from the standby.</summary>
public sealed class ReplicatedNetwork : IAsyncLifetime
{
    public PostgresServer Primary { get; private set; } = null!;

    public PostgresServer Replica { get; private set; } = null!;

    public NetworkApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Primary = await PostgresServer.CreateAsync("primary");
        Replica = Primary.StartStandby("replica");
        App = new NetworkApp
        {
            Database = Primary.ConnectionString,
            Settings = new Dictionary<string, string?>
            {
                ["ConnectionStrings:NetworkReplica"] = Replica.ConnectionString,

                // Paused replay makes the replica look behind by the age of its last replayed transaction: never too far here.
                ["Database:Replica:MaxLag"] = "01:00:00",
                ["Database:Replica:ReadYourWritesWindow"] = "01:00:00",
                ["Database:Replica:RetryAfter"] = "00:00:01",
            },
        };
        await App.InitializeAsync();
    }

    /// <summary>The replica running, replaying, and caught up with everything the primary has written so far.</summary>
    public async Task ReplayingAsync()
    {
        if (!Replica.IsRunning)
        {
            Replica.Start();
        }

        await Replica.ExecuteAsync("SELECT pg_wal_replay_resume()");
        await CaughtUpAsync(Primary, Replica);
    }

    /// <summary>Waits until <paramref name="replica"/> has replayed everything <paramref name="primary"/> has written so far.</summary>
    public static async Task CaughtUpAsync(PostgresServer primary, PostgresServer replica)
    {
        var written = await primary.ScalarAsync<NpgsqlLogSequenceNumber>("SELECT pg_current_wal_lsn()");
        await Eventually.TrueAsync(async () => await replica.ScalarAsync<NpgsqlLogSequenceNumber>("SELECT pg_last_wal_replay_lsn()") >= written, "the replica to catch up");
    }

    public Task PauseReplayAsync() => Replica.ExecuteAsync("SELECT pg_wal_replay_pause()");

    public async Task DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
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
}
