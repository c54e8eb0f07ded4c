using Npgsql;

namespace Network.Server.Data.Replicas;

/// <summary>Small connection pools of their own for the routing's bookkeeping: the primary's WAL position and the replica's progress.</summary>
public sealed class ReplicaDataSources(string primaryConnectionString, string replicaConnectionString) : IAsyncDisposable
{
    public NpgsqlDataSource Primary { get; } = NpgsqlDataSource.Create(Bookkeeping(primaryConnectionString));

    public NpgsqlDataSource Replica { get; } = NpgsqlDataSource.Create(Bookkeeping(replicaConnectionString));

    public async ValueTask DisposeAsync()
    {
        await Primary.DisposeAsync();
        await Replica.DisposeAsync();
    }

    private static string Bookkeeping(string connectionString) =>
        new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.Tune(connectionString)) { MaxPoolSize = 10 }.ConnectionString;
}
