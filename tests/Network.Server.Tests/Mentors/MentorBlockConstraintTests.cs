using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Pairings;
using Npgsql;

namespace Network.Server.Tests.Mentors;

/// <summary>The database itself keeps one block per mentor and blocked mentor, and no mentor blocking themself.</summary>
public sealed class MentorBlockConstraintTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private readonly PairingKit _kit = new(app);

    [Fact]
    public async Task A_mentor_blocks_another_once_and_never_themself()
    {
        var (ayo, bea) = await _kit.PairAsync();

        Assert.Null(await InsertAsync(ayo.Id, bea.Id));
        Assert.Null(await InsertAsync(bea.Id, ayo.Id));
        Assert.Equal((PostgresErrorCodes.UniqueViolation, "pk_mentor_blocks"), await InsertAsync(ayo.Id, bea.Id));
        Assert.Equal((PostgresErrorCodes.CheckViolation, "ck_mentor_blocks_not_self"), await InsertAsync(ayo.Id, ayo.Id));
    }

    /// <summary>Inserts a block with plain SQL; null when it is stored, else the error code and the constraint that refused it.</summary>
    private async Task<(string SqlState, string? Constraint)?> InsertAsync(int mentorId, int blockedMentorId)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand("INSERT INTO mentor_blocks (mentor_id, blocked_mentor_id, blocked_at) VALUES ($1, $2, now())", connection);
        insert.Parameters.Add(new NpgsqlParameter { Value = mentorId });
        insert.Parameters.Add(new NpgsqlParameter { Value = blockedMentorId });
        try
        {
            await insert.ExecuteNonQueryAsync();
            return null;
        }
        catch (PostgresException e)
        {
            return (e.SqlState, e.ConstraintName);
        }
    }
}
