using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Network.Server.Seeding;

/// <summary>
/// Drops the foreign keys of the seeded tables for a bulk load and adds them back afterwards, as the
/// PostgreSQL manual advises for populating a database: one validating pass per key is several times
/// faster than a trigger per row. The definitions are read from the catalogue into a temporary table
/// of the transaction, so that a failed load rolls everything back, keys included.
/// </summary>
internal static class ForeignKeySuspension
{
    private const string Drop = """
        CREATE TEMPORARY TABLE seed_foreign_keys ON COMMIT DROP AS
            SELECT conrelid::regclass::text AS table_name, conname AS name, pg_get_constraintdef(oid) AS definition
            FROM pg_constraint
            WHERE contype = 'f'
              AND conrelid::regclass::text IN ('employers', 'skills_gaps', 'mentors', 'mentor_offered_skills', 'mentor_wanted_skills');
        DO $$
        DECLARE fk record;
        BEGIN
            FOR fk IN SELECT * FROM seed_foreign_keys LOOP
                EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', fk.table_name, fk.name);
            END LOOP;
        END $$;
        """;

    private const string Restore = """
        DO $$
        DECLARE fk record;
        BEGIN
            FOR fk IN SELECT * FROM seed_foreign_keys LOOP
                EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s', fk.table_name, fk.name, fk.definition);
            END LOOP;
        END $$;
        """;

    /// <summary>Runs <paramref name="load"/> with the keys dropped; must be called inside a transaction.</summary>
    public static async Task<T> RunAsync<T>(DatabaseFacade database, Func<Task<T>> load, CancellationToken cancellationToken)
    {
        await database.ExecuteSqlRawAsync(Drop, cancellationToken);
        var result = await load();
        await database.ExecuteSqlRawAsync(Restore, cancellationToken);
        return result;
    }
}
