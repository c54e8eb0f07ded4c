using Network.Server.Tests.Infrastructure;
using Npgsql;

namespace Network.Server.Tests.Pairings;

/// <summary>The database itself refuses pairings the API would never make: written straight to it, past the API.</summary>
public sealed class PairingConstraintTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private readonly PairingKit _kit = new(app);

    [Fact]
    public async Task Two_mentors_of_one_employer_cannot_be_paired_even_by_writing_the_row_directly()
    {
        var employer = await _kit.EmployerAsync();
        var ayo = await _kit.MentorAsync(employer);
        var colleague = await _kit.MentorAsync(employer);

        var refused = await InsertAsync(ayo.Id, employer.Id, colleague.Id, employer.Id);

        Assert.Equal((PostgresErrorCodes.CheckViolation, "ck_pairings_different_employers"), refused);
    }

    [Fact]
    public async Task A_mentor_cannot_be_given_another_employer_to_get_past_the_check()
    {
        var employer = await _kit.EmployerAsync();
        var elsewhere = await _kit.EmployerAsync();
        var ayo = await _kit.MentorAsync(employer);
        var colleague = await _kit.MentorAsync(employer);

        var refused = await InsertAsync(ayo.Id, employer.Id, colleague.Id, elsewhere.Id);

        Assert.Equal((PostgresErrorCodes.ForeignKeyViolation, "fk_pairings_mentor_b"), refused);
    }

    [Fact]
    public async Task The_mentors_must_be_in_canonical_order()
    {
        var (ayo, bea) = await _kit.PairAsync();

        var refused = await InsertAsync(bea.Id, bea.EmployerId, ayo.Id, ayo.EmployerId);

        Assert.Equal((PostgresErrorCodes.CheckViolation, "ck_pairings_canonical_order"), refused);
    }

    [Fact]
    public async Task Two_mentors_cannot_have_two_open_pairings_but_may_have_closed_ones()
    {
        var (ayo, bea) = await _kit.PairAsync();
        Assert.Null(await InsertAsync(ayo.Id, ayo.EmployerId, bea.Id, bea.EmployerId, status: 4));
        Assert.Null(await InsertAsync(ayo.Id, ayo.EmployerId, bea.Id, bea.EmployerId, status: 0));

        var refused = await InsertAsync(ayo.Id, ayo.EmployerId, bea.Id, bea.EmployerId, status: 0);

        Assert.Equal((PostgresErrorCodes.UniqueViolation, "ux_pairings_open_pair"), refused);
    }

    [Fact]
    public async Task A_paused_pairing_is_open_and_says_since_when()
    {
        var (ayo, bea) = await _kit.PairAsync();
        const int Paused = 6;

        Assert.Equal((PostgresErrorCodes.CheckViolation, "ck_pairings_paused_at"), await InsertAsync(ayo.Id, ayo.EmployerId, bea.Id, bea.EmployerId, Paused, paused: false));
        Assert.Equal((PostgresErrorCodes.CheckViolation, "ck_pairings_paused_at"), await InsertAsync(ayo.Id, ayo.EmployerId, bea.Id, bea.EmployerId, status: 2, paused: true));
        Assert.Null(await InsertAsync(ayo.Id, ayo.EmployerId, bea.Id, bea.EmployerId, Paused, paused: true));
        Assert.Equal((PostgresErrorCodes.UniqueViolation, "ux_pairings_open_pair"), await InsertAsync(ayo.Id, ayo.EmployerId, bea.Id, bea.EmployerId, status: 0));
    }

    /// <summary>Inserts a pairing row with plain SQL; null when it is stored, else the error code and the constraint that refused it.</summary>
    private async Task<(string SqlState, string? Constraint)?> InsertAsync(int mentorA, int employerA, int mentorB, int employerB, int status = 0, bool? paused = null)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();

        // A pairing said to be paused was accepted too, so that only the pause's own check decides.
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO pairings (mentor_a_id, employer_a_id, mentor_b_id, employer_b_id, status, format, score, proposed_by_subject, proposed_by_roles,
                                  proposed_at, employer_a_approval_required, employer_b_approval_required, updated_at, accepted_at, paused_at)
            VALUES ($1, $2, $3, $4, $5, 1, 10, 'direct', 'ADMIN', now(), false, false, now(),
                    CASE WHEN $6 IS NULL THEN NULL ELSE now() END, CASE WHEN $6 THEN now() END)
            """,
            connection);
        foreach (var value in new[] { mentorA, employerA, mentorB, employerB, status })
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        insert.Parameters.Add(new NpgsqlParameter<bool?> { TypedValue = paused, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Boolean });

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
