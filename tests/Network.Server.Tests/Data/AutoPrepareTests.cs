using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.Data;
using Network.Server.Tests.Infrastructure;
using Npgsql;

namespace Network.Server.Tests.Data;

/// <summary>
/// Statements the server sends again and again are prepared on their connection, so that PostgreSQL parses and plans
/// them once, unless the connection string says otherwise (<c>Max Auto Prepare=0</c>, as behind a pooler in transaction mode).
/// </summary>
public sealed class AutoPrepareTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    [Theory]
    [InlineData("Host=127.0.0.1", DataServiceCollectionExtensions.DefaultMaxAutoPrepare)]
    [InlineData("Host=127.0.0.1;Max Auto Prepare=0", 0)]
    [InlineData("Host=127.0.0.1;MaxAutoPrepare=5", 5)]
    [InlineData("Host=127.0.0.1;max auto prepare=7", 7)]
    public void The_connection_string_decides_how_many_statements_are_prepared(string connectionString, int expected) =>
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.Tune(connectionString)).MaxAutoPrepare);

    [Fact]
    public async Task A_statement_the_server_repeats_is_prepared_on_its_connection()
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<NetworkDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var probe = $"SELECT {Random.Shared.Next(1_000_000)} /* auto-prepare probe */";

        Assert.Equal(0, await PreparedAsync(connection, probe));
        for (var i = 0; i < 10; i++)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = probe;
            _ = await command.ExecuteScalarAsync();
        }

        Assert.Equal(1, await PreparedAsync(connection, probe));
    }

    private static async Task<long> PreparedAsync(System.Data.Common.DbConnection connection, string statement)
    {
        await using var command = (NpgsqlCommand)connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pg_prepared_statements WHERE statement = @statement";
        command.Parameters.AddWithValue("statement", statement);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
