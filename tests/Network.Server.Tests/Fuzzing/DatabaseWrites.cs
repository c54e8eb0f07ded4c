using Npgsql;

namespace Network.Server.Tests.Fuzzing;

/// <summary>
/// Records every row written to the database: a trigger on each table notes the table and the operation in
/// a table of its own, so that a test sees whether a request wrote anything by reading the rows noted since
/// a mark. Cheaper than comparing the tables, and it sees a row changed and changed back.
/// </summary>
public sealed class DatabaseWrites(string connectionString)
{
    private const string Log = "fuzz_written_rows";

    public async Task InstallAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, $"""
            create table if not exists {Log} (id bigserial primary key, written text not null);
            create or replace function fuzz_note_write() returns trigger language plpgsql as $$
            begin
              insert into {Log} (written) values (TG_OP || ' ' || TG_TABLE_NAME);
              return null;
            end $$;
            """);
        await using var tables = new NpgsqlCommand(
            $"""
            select quote_ident(table_name) from information_schema.tables
            where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('__EFMigrationsHistory', '{Log}')
            """, connection);
        var names = new List<string>();
        await using (var reader = await tables.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        await ExecuteAsync(connection, string.Concat(names.Select(table =>
            $"create or replace trigger fuzz_note_write after insert or update or delete on {table} for each row execute function fuzz_note_write();\n")));
    }

    /// <summary>A mark to read the writes after.</summary>
    public async Task<long> MarkAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select coalesce(max(id), 0) from {Log}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The writes since <paramref name="mark"/>, counted by operation and table: "INSERT employers × 1".</summary>
    public async Task<IReadOnlyList<string>> SinceAsync(long mark)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select written || ' x ' || count(*) from {Log} where id > @mark group by written order by written", connection);
        command.Parameters.AddWithValue("mark", mark);
        await using var reader = await command.ExecuteReaderAsync();
        var writes = new List<string>();
        while (await reader.ReadAsync())
        {
            writes.Add(reader.GetString(0));
        }

        return writes;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
