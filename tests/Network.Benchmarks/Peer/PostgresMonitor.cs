using Npgsql;

namespace Network.Benchmarks.Peer;

/// <summary>
/// Reads what PostgreSQL knows about each server's work: <c>pg_stat_statements</c> by role, and the backends a role has
/// open (<c>pg_stat_activity</c>). It connects as a role of its own, so that its queries count for neither server.
/// </summary>
internal sealed class PostgresMonitor(string connectionString) : IAsyncDisposable
{
    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);

    public async Task ResetStatementsAsync()
    {
        await using var command = _source.CreateCommand("SELECT pg_stat_statements_reset()");
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The statements <paramref name="role"/> ran in this database since the last reset, most called first.</summary>
    public async Task<IReadOnlyList<StatementFigures>> StatementsAsync(string role)
    {
        await using var command = _source.CreateCommand("""
            SELECT s.query, s.calls, s.total_exec_time, s.rows, s.plans, s.total_plan_time
            FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid
            WHERE r.rolname = $1 AND s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
            ORDER BY s.calls DESC, s.total_exec_time DESC
            """);
        command.Parameters.AddWithValue(role);
        var statements = new List<StatementFigures>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            statements.Add(new StatementFigures(reader.GetString(0), reader.GetInt64(1), reader.GetDouble(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetDouble(5)));
        }

        return statements;
    }

    /// <summary>The process IDs of the backends <paramref name="role"/> has connected.</summary>
    public async Task<IReadOnlyList<int>> BackendsAsync(string role)
    {
        await using var command = _source.CreateCommand("SELECT pid FROM pg_stat_activity WHERE usename = $1 AND backend_type = 'client backend'");
        command.Parameters.AddWithValue(role);
        var pids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            pids.Add(reader.GetInt32(0));
        }

        return pids;
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
