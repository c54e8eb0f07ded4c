using Network.Server.Data;
using Npgsql;

namespace Network.Server.Tests.Data;

/// <summary>A database that cannot be reached fails a request within a few seconds, not Npgsql's default 15.</summary>
public sealed class ConnectTimeoutTests
{
    [Theory]
    [InlineData("Host=127.0.0.1")]
    [InlineData("Host=127.0.0.1;Command Timeout=60")]
    public void A_connection_string_without_a_connect_timeout_gets_the_short_default(string connectionString) =>
        Assert.Equal(DataServiceCollectionExtensions.DefaultConnectTimeoutSeconds, new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.Tune(connectionString)).Timeout);

    [Theory]
    [InlineData("Host=127.0.0.1;Timeout=30")]
    [InlineData("Host=127.0.0.1;Timeout=30;Command Timeout=60")]
    [InlineData("Host=127.0.0.1;timeout=30")]
    public void A_connect_timeout_in_the_connection_string_is_kept(string connectionString) =>
        Assert.Equal(30, new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.Tune(connectionString)).Timeout);
}
