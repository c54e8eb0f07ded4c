using Microsoft.EntityFrameworkCore;
using Network.Server.Auditing;
using Network.Server.Data;
using Network.Server.Employers;
using Network.Server.GraphQL.Mutations;

namespace Network.Server.Onboarding;

/// <summary>
/// Imports one file into one employer, all or nothing: every row is checked as the one-by-one mutation checks its
/// input and matched on the employer's external reference; a file with any problem, or a dry run, writes nothing.
/// Otherwise new references are created and changed rows update their records, in one transaction.
/// </summary>
internal sealed class Importer<TRow, TEntity>(
    IImportKind<TRow, TEntity> kind, NetworkDbContext db, ImportOptions options, TimeProvider clock, IProgress<ImportProgress>? progress)
    where TEntity : class
{
    /// <summary>Records added per save, so that progress moves and the change tracker stays small while it compares.</summary>
    private const int Batch = 500;

    public async Task<ImportOutcome> RunAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        if (request.FileBytes > options.MaxFileBytes)
        {
            return Refused(new ImportFileTooLargeError(
                $"The file is {request.FileBytes:N0} bytes; at most {options.MaxFileBytes:N0} are allowed.", options.MaxFileBytes));
        }

        var employer = await db.Employers.AsNoTracking().SingleOrDefaultAsync(e => e.Id == request.EmployerId, cancellationToken);
        if (employer is null)
        {
            return Refused(new EmployerNotFoundError($"No employer has the ID {request.WrittenEmployerId}.", request.WrittenEmployerId));
        }

        var file = await ImportCsv.ReadAsync(request.File, kind.Columns, options.MaxRows, progress, cancellationToken);
        if (file.TooManyRows)
        {
            return Refused(new ImportTooManyRowsError(
                $"The file has more than {options.MaxRows:N0} rows; import at most {options.MaxRows:N0} at a time.", options.MaxRows));
        }

        var problems = file.Problems;
        var rows = Check(file, await ImportSkills.LoadAsync(db, cancellationToken), problems);

        // Rows are compared with what the database holds inside the transaction that writes them, the employer's row
        // locked, so that two imports for one employer take turns and neither creates a reference the other did.
        await using var transaction = request.DryRun ? null : await db.Database.BeginTransactionAsync(cancellationToken);
        if (!request.DryRun)
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM employers WHERE id = {employer.Id} FOR UPDATE", cancellationToken);
        }

        var references = rows.Select(r => kind.Reference(r.Row)).ToList();
        var existing = await kind.Existing(db, employer.Id, references).ToDictionaryAsync(kind.ReferenceOf, StringComparer.Ordinal, cancellationToken);
        var created = new List<TRow>();
        var updated = new List<(TRow Row, TEntity Entity)>();
        var unchanged = 0;
        foreach (var (source, row) in rows)
        {
            if (!existing.TryGetValue(kind.Reference(row), out var entity))
            {
                created.Add(row);
                continue;
            }

            var (same, refusal) = kind.Compare(row, entity, employer);
            if (same)
            {
                unchanged++;
            }
            else if (refusal is not null)
            {
                problems.Add(new ImportRowProblem(source.Row, "externalReference", refusal));
            }
            else
            {
                updated.Add((row, entity));
            }
        }

        var ordered = problems.OrderBy(p => p.Row).ThenBy(p => kind.Columns.Position(p.Column)).ToList();
        var rejected = ordered.Where(p => p.Row > 1).Select(p => p.Row).Distinct().Count();
        var report = new ImportReport(request.DryRun, file.Rows.Count, created.Count, updated.Count, unchanged, rejected, ordered);
        if (request.DryRun || report.HasProblems)
        {
            return new ImportOutcome(report, null);
        }

        await WriteAsync(request, employer, created, updated, cancellationToken);
        await transaction!.CommitAsync(cancellationToken);
        return new ImportOutcome(report, null);
    }

    /// <summary>The rows that pass their checks, are well-formed CSV and carry a reference no earlier row of the file carries.</summary>
    private List<(ImportFileRow Source, TRow Row)> Check(ImportFile file, ImportSkills skills, List<ImportRowProblem> problems)
    {
        var malformed = file.Problems.Select(p => p.Row).ToHashSet();
        var rows = new List<(ImportFileRow, TRow)>();
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        var done = 0;
        foreach (var source in file.Rows)
        {
            var check = new RowCheck(source);
            var row = kind.Check(check, skills);
            problems.AddRange(check.Problems);
            if (row is not null && !malformed.Contains(source.Row))
            {
                var reference = kind.Reference(row);
                if (firstRow.TryGetValue(reference, out var first))
                {
                    problems.Add(new ImportRowProblem(source.Row, "externalReference", $"The external reference '{reference}' is also on row {first}."));
                }
                else
                {
                    firstRow[reference] = source.Row;
                    rows.Add((source, row));
                }
            }

            if (++done % Batch == 0 || done == file.Rows.Count)
            {
                progress?.Report(new ImportProgress("Checking (rows)", done, file.Rows.Count));
            }
        }

        return rows;
    }

    private async Task WriteAsync(ImportRequest request, Employer employer, List<TRow> created, List<(TRow Row, TEntity Entity)> updated, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var total = created.Count + updated.Count;
        var written = new List<TEntity>(total);
        foreach (var (row, entity) in updated)
        {
            kind.Update(row, entity, employer, now);
            written.Add(entity);
        }

        await db.SaveChangesAsync(cancellationToken);
        progress?.Report(new ImportProgress($"Writing {kind.Plural}", written.Count, total));
        foreach (var chunk in created.Chunk(Batch))
        {
            var entities = chunk.Select(row => kind.Create(row, employer, now)).ToList();
            kind.Set(db).AddRange(entities);
            await db.SaveChangesAsync(cancellationToken);
            written.AddRange(entities);
            progress?.Report(new ImportProgress($"Writing {kind.Plural}", written.Count, total));
        }

        if (kind.AuditSubjectType is { } subjectType)
        {
            db.AuditEntries.AddRange(written.Select(entity => AuditLog.Entry(request.Actor, kind.Action, subjectType, kind.Id(entity), now)));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static ImportOutcome Refused(UserError refusal) => new(null, refusal);
}
