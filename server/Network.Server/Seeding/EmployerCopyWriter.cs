using Network.Server.Employers;
using Network.Server.SkillsGaps;
using Npgsql;
using NpgsqlTypes;

namespace Network.Server.Seeding;

/// <summary>Writes employers and their skills gaps with binary COPY, keeping the IDs they were generated with.</summary>
internal sealed class EmployerCopyWriter(NpgsqlConnection connection, ISeedProgress progress)
{
    private const string EmployersCopy =
        "COPY employers (id, name, sector, size, website, postcode, location, local_authority_code, local_authority_name, created_at, updated_at) FROM STDIN (FORMAT BINARY)";

    private const string GapsCopy =
        "COPY skills_gaps (id, employer_id, skill_id, sector, severity, hard_to_fill_vacancies, description, status, published_at, updated_at, closed_at) FROM STDIN (FORMAT BINARY)";

    public async Task WriteAsync(IReadOnlyList<Employer> employers, IReadOnlyList<SkillsGap> gaps, CancellationToken cancellationToken)
    {
        await using (var importer = await connection.BeginBinaryImportAsync(EmployersCopy, cancellationToken))
        {
            var done = 0;
            foreach (var e in employers)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(e.Id, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(e.Name, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync((int)e.Sector, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync((int)e.Size, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(e.Website, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(e.Postcode, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(e.Location, NpgsqlDbType.Geography, cancellationToken);
                await importer.WriteAsync(e.LocalAuthorityCode, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(e.LocalAuthorityName, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(e.CreatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
                await importer.WriteAsync(e.UpdatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
                progress.ReportRows("Employers", ++done, employers.Count);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await using (var importer = await connection.BeginBinaryImportAsync(GapsCopy, cancellationToken))
        {
            var done = 0;
            foreach (var g in gaps)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(g.Id, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(g.EmployerId, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(g.SkillId, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync((int)g.Sector, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync((int)g.Severity, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(g.HardToFillVacancies, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(g.Description, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync((int)g.Status, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(g.PublishedAt, NpgsqlDbType.TimestampTz, cancellationToken);
                await importer.WriteAsync(g.UpdatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
                await importer.WriteAsync(g.ClosedAt, NpgsqlDbType.TimestampTz, cancellationToken);
                progress.ReportRows("Skills gaps", ++done, gaps.Count);
            }

            await importer.CompleteAsync(cancellationToken);
        }
    }
}
