using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.Employers;
using Network.Server.Skills;
using Network.Server.SkillsGaps;

namespace Network.Server.Onboarding;

/// <summary>
/// Skills gaps files: a row per gap, checked by the rules of <c>publishSkillsGap</c>. A row changes the gap with its
/// reference while it is open; a closed gap may no longer change. Gaps hold no one's personal data, so, as with
/// publishing one, nothing goes to the audit log.
/// </summary>
internal sealed class SkillsGapImport : IImportKind<SkillsGapImportRow, SkillsGap>
{
    public static SkillsGapImport Instance { get; } = new();

    public string Plural => "skills gaps";

    public string Action => "importSkillsGaps";

    public ImportColumns Columns { get; } = new("externalReference", "skill", "severity", "hardToFillVacancies", "description", "sector");

    public string? AuditSubjectType => null;

    public SkillsGapImportRow? Check(RowCheck check, ImportSkills skills)
    {
        var v = check.Validator;
        var reference = v.Text("externalReference", check.Cell("externalReference"), SkillsGap.MaxExternalReferenceLength);
        var skillId = v.Text("skill", check.Cell("skill")) is { Length: > 0 } skill ? skills.Find(v, "skill", skill) : 0;
        var severity = check.Enum<SkillsGapSeverity>("severity");
        var vacancies = check.Int("hardToFillVacancies");
        var description = SkillsGapValidator.Fields(v, vacancies, check.Optional("description"));
        var sector = check.OptionalEnum<Sector>("sector");
        return check.IsValid && severity is { } level && vacancies is { } count
            ? new SkillsGapImportRow(reference, skillId, level, count, description, sector)
            : null;
    }

    public string Reference(SkillsGapImportRow row) => row.Reference;

    public IQueryable<SkillsGap> Existing(NetworkDbContext db, int employerId, IReadOnlyCollection<string> references) =>
        db.SkillsGaps.Where(g => g.EmployerId == employerId && g.ExternalReference != null && references.Contains(g.ExternalReference));

    public string ReferenceOf(SkillsGap entity) => entity.ExternalReference!;

    public (bool Unchanged, string? Refusal) Compare(SkillsGapImportRow row, SkillsGap gap, Employer employer)
    {
        var unchanged = gap.SkillId == row.SkillId && gap.Severity == row.Severity && gap.HardToFillVacancies == row.HardToFillVacancies
            && gap.Description == row.Description && gap.Sector == (row.Sector ?? employer.Sector);
        return (unchanged, gap.Status == SkillsGapStatus.Open ? null : $"The skills gap is already {gap.Status.ToString().ToUpperInvariant()}.");
    }

    public SkillsGap Create(SkillsGapImportRow row, Employer employer, DateTimeOffset now) => new()
    {
        EmployerId = employer.Id,
        ExternalReference = row.Reference,
        SkillId = row.SkillId,
        Sector = row.Sector ?? employer.Sector,
        Severity = row.Severity,
        HardToFillVacancies = row.HardToFillVacancies,
        Description = row.Description,
        Status = SkillsGapStatus.Open,
        PublishedAt = now,
        UpdatedAt = now,
    };

    public void Update(SkillsGapImportRow row, SkillsGap gap, Employer employer, DateTimeOffset now)
    {
        gap.SkillId = row.SkillId;
        gap.Sector = row.Sector ?? employer.Sector;
        gap.Severity = row.Severity;
        gap.HardToFillVacancies = row.HardToFillVacancies;
        gap.Description = row.Description;
        gap.UpdatedAt = now;
    }

    public int Id(SkillsGap entity) => entity.Id;

    public DbSet<SkillsGap> Set(NetworkDbContext db) => db.SkillsGaps;
}
