using Network.Server.Data;
using Npgsql;

namespace Network.Server.Tests.Data;

public sealed class LocalPostgresClusterTests
{
    [Theory]
    [InlineData("shared_buffers=1GB -c fsync=on")]
    [InlineData("work_mem")]
    [InlineData("search_path='$user'")]
    [InlineData("=on")]
    [InlineData("log_line_prefix=%m;rm -rf")]
    public void Start_refuses_a_setting_that_is_not_a_plain_name_and_value(string setting)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"local-cluster-{Guid.NewGuid():N}");

        var error = Assert.Throws<ArgumentException>(() => LocalPostgresCluster.Start(folder, settings: [setting]));

        Assert.Contains($"'{setting}'", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task Start_passes_extra_settings_to_postgres()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"local-cluster-{Guid.NewGuid():N}");
        try
        {
            using var cluster = LocalPostgresCluster.Start(folder, settings: ["shared_preload_libraries=pg_stat_statements", "pg_stat_statements.track=all"]);
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(cluster.ConnectionString("postgres")) { Pooling = false }.ConnectionString);
            await connection.OpenAsync();
            await using var show = new NpgsqlCommand("SHOW shared_preload_libraries", connection);
            Assert.Equal("pg_stat_statements", await show.ExecuteScalarAsync());

            // The view answers only when the library was loaded at start-up.
            await using var statements = new NpgsqlCommand("CREATE EXTENSION pg_stat_statements; SELECT count(*) FROM pg_stat_statements", connection);
            Assert.True((long)(await statements.ExecuteScalarAsync())! > 0);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
