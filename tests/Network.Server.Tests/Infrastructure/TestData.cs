using Network.Server.Employers;
using Network.Server.Geo;
using Network.Server.GraphQL.Relay;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.SkillsGaps;

namespace Network.Server.Tests.Infrastructure;

/// <summary>Writes rows straight into a test database, so that query tests start from known data.</summary>
public sealed class TestData(NetworkApp app)
{
    private static readonly DateTimeOffset Epoch = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);

    public static string Id(string type, int key) => GlobalId.Serialize(type, key);

    public static int Skill(string slug) => SkillCatalogue.All.Single(s => s.Slug == slug).Id;

    /// <summary>The global ID of a skill of the taxonomy, by its slug.</summary>
    public static string SkillId(string slug) => Id("Skill", Skill(slug));

    public async Task<Employer> EmployerAsync(string name, Sector sector, string postcode, SizeBand size = SizeBand.Small, int dayOffset = 0)
    {
        var found = (GeocodeOutcome.Found)PostcodeDirectory.Instance.Geocode(postcode);
        var employer = new Employer
        {
            Name = name,
            Sector = sector,
            Size = size,
            Postcode = found.Postcode.ToString(),
            Location = found.District.Centroid,
            LocalAuthorityCode = found.District.LocalAuthority.Code,
            LocalAuthorityName = found.District.LocalAuthority.Name,
            CreatedAt = Epoch.AddDays(dayOffset),
            UpdatedAt = Epoch.AddDays(dayOffset),
        };
        await using var db = app.CreateDbContext();
        db.Employers.Add(employer);
        await db.SaveChangesAsync();
        return employer;
    }

    public async Task<SkillsGap> GapAsync(
        Employer employer, string skill, SkillsGapSeverity severity = SkillsGapSeverity.High, int vacancies = 2,
        SkillsGapStatus status = SkillsGapStatus.Open, string? description = null, int dayOffset = 0)
    {
        var gap = new SkillsGap
        {
            EmployerId = employer.Id,
            SkillId = Skill(skill),
            Sector = employer.Sector,
            Severity = severity,
            HardToFillVacancies = vacancies,
            Description = description,
            Status = status,
            PublishedAt = Epoch.AddDays(dayOffset),
            UpdatedAt = Epoch.AddDays(dayOffset),
            ClosedAt = status == SkillsGapStatus.Open ? null : Epoch.AddDays(dayOffset + 1),
        };
        await using var db = app.CreateDbContext();
        db.SkillsGaps.Add(gap);
        await db.SaveChangesAsync();
        return gap;
    }

    public async Task<Mentor> MentorAsync(
        Employer employer, string name, CareerStage stage, string[] offers, string[] wants,
        MentoringFormat format = MentoringFormat.Hybrid, int capacity = 2, int maxTravelKm = 20, string? postcode = null,
        MentorStatus status = MentorStatus.Active)
    {
        var found = (GeocodeOutcome.Found)PostcodeDirectory.Instance.Geocode(postcode ?? employer.Postcode);
        var mentor = new Mentor
        {
            EmployerId = employer.Id,
            DisplayName = name,
            Email = $"{name.ToLowerInvariant().Replace(' ', '.')}@example.org",
            CareerStage = stage,
            Capacity = capacity,
            Format = format,
            MaxTravelKm = maxTravelKm,
            Availability = [Availability.WeekdayEvenings],
            Postcode = found.Postcode.Outcode,
            Location = found.District.Centroid,
            LocalAuthorityCode = found.District.LocalAuthority.Code,
            Status = status,
            CreatedAt = Epoch,
            UpdatedAt = Epoch,
            Offers = [.. offers.Select(s => new OfferedSkill { SkillId = Skill(s), Level = SkillLevel.Advanced })],
            Wants = [.. wants.Select(s => new WantedSkill { SkillId = Skill(s), Level = SkillLevel.Beginner })],
        };
        await using var db = app.CreateDbContext();
        db.Mentors.Add(mentor);
        await db.SaveChangesAsync();
        return mentor;
    }
}
