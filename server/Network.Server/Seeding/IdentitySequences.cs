using Npgsql;

namespace Network.Server.Seeding;

/// <summary>
/// The identity sequences of the seeded tables: IDs are taken up front and written explicitly, so that
/// rows can be linked before they are written, by any writer, without reading IDs back.
/// </summary>
internal static class IdentitySequences
{
    /// <summary>The next value of a table's identity sequence: the first ID of the rows about to be written.</summary>
    public static async Task<int> NextIdAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence($1, 'id'))::int", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = table });
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Moves the identity sequence past the IDs written explicitly, so that later inserts follow on.</summary>
    public static async Task SetLastIdAsync(NpgsqlConnection connection, string table, int lastId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT setval(pg_get_serial_sequence($1, 'id'), $2)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = table });
        command.Parameters.Add(new NpgsqlParameter { Value = (long)lastId });
        await command.ExecuteScalarAsync(cancellationToken);
    }
}
