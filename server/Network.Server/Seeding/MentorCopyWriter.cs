using Network.Server.Mentors;
using Npgsql;
using NpgsqlTypes;

namespace Network.Server.Seeding;

/// <summary>
/// Streams mentors to the database with binary COPY, then their offered and wanted skills. The skills
/// are kept as compact rows meanwhile, because one connection runs one COPY at a time.
/// </summary>
internal sealed class MentorCopyWriter(NpgsqlConnection connection, ISeedProgress progress)
{
    private const string MentorsCopy =
        "COPY mentors (id, employer_id, display_name, email, job_title, career_stage, capacity, format, max_travel_km, availability, " +
        "postcode, location, local_authority_code, status, created_at, updated_at, withdrawn_at) FROM STDIN (FORMAT BINARY)";

    /// <summary>Writes the mentors and returns how many skills they offer and want.</summary>
    public async Task<(long Offered, long Wanted)> WriteAsync(IEnumerable<Mentor> mentors, int count, CancellationToken cancellationToken)
    {
        var offered = new List<SkillRow>(count * 3);
        var wanted = new List<SkillRow>(count * 2);
        await using (var importer = await connection.BeginBinaryImportAsync(MentorsCopy, cancellationToken))
        {
            var done = 0;
            foreach (var m in mentors)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(m.Id, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(m.EmployerId, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(m.DisplayName, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(m.Email, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(m.JobTitle, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync((int)m.CareerStage, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(m.Capacity, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync((int)m.Format, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(m.MaxTravelKm, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(m.Availability.ConvertAll(a => (int)a), NpgsqlDbType.Array | NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(m.Postcode, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(m.Location, NpgsqlDbType.Geography, cancellationToken);
                await importer.WriteAsync(m.LocalAuthorityCode, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync((int)m.Status, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(m.CreatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
                await importer.WriteAsync(m.UpdatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
                await importer.WriteAsync(m.WithdrawnAt, NpgsqlDbType.TimestampTz, cancellationToken);
                offered.AddRange(m.Offers.Select(s => new SkillRow(s.MentorId, s.SkillId, s.Level)));
                wanted.AddRange(m.Wants.Select(s => new SkillRow(s.MentorId, s.SkillId, s.Level)));
                progress.ReportRows("Mentors", ++done, count);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await WriteSkillsAsync("mentor_offered_skills", "Offered skills", offered, cancellationToken);
        await WriteSkillsAsync("mentor_wanted_skills", "Wanted skills", wanted, cancellationToken);
        return (offered.Count, wanted.Count);
    }

    private async Task WriteSkillsAsync(string table, string stage, List<SkillRow> rows, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {table} (mentor_id, skill_id, level) FROM STDIN (FORMAT BINARY)", cancellationToken);
        var done = 0;
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(row.MentorId, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(row.SkillId, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync((int)row.Level, NpgsqlDbType.Integer, cancellationToken);
            progress.ReportRows(stage, ++done, rows.Count);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private readonly record struct SkillRow(int MentorId, int SkillId, SkillLevel Level);
}
