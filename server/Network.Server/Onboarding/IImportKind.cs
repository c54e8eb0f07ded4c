using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.Employers;

namespace Network.Server.Onboarding;

/// <summary>What one kind of import file (mentors, skills gaps) knows; <see cref="Importer{TRow, TEntity}"/> runs the rest.</summary>
/// <typeparam name="TRow">A row checked as the mutation that creates the record checks its input.</typeparam>
/// <typeparam name="TEntity">The record a row creates or updates, matched on its external reference.</typeparam>
internal interface IImportKind<TRow, TEntity>
    where TEntity : class
{
    /// <summary>The records' name, in progress and messages: <c>mentors</c>.</summary>
    string Plural { get; }

    /// <summary>The mutation that imports them, as the audit log names actions.</summary>
    string Action { get; }

    ImportColumns Columns { get; }

    /// <summary>The audit log's subject type, for records that hold someone's personal data; null for records that hold none.</summary>
    string? AuditSubjectType { get; }

    /// <summary>The row checked, or null after recording its problems in <paramref name="check"/>.</summary>
    TRow? Check(RowCheck check, ImportSkills skills);

    string Reference(TRow row);

    /// <summary>The employer's records that have one of <paramref name="references"/>, tracked, with what comparing them needs.</summary>
    IQueryable<TEntity> Existing(NetworkDbContext db, int employerId, IReadOnlyCollection<string> references);

    string ReferenceOf(TEntity entity);

    /// <summary>Whether <paramref name="entity"/> already is as the row says; if not, why it may no longer change (null when it may).</summary>
    (bool Unchanged, string? Refusal) Compare(TRow row, TEntity entity, Employer employer);

    TEntity Create(TRow row, Employer employer, DateTimeOffset now);

    void Update(TRow row, TEntity entity, Employer employer, DateTimeOffset now);

    int Id(TEntity entity);

    DbSet<TEntity> Set(NetworkDbContext db);
}
