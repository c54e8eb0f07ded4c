using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.Employers;
using Network.Server.Mentors;

namespace Network.Server.Onboarding;

/// <summary>
/// Mentors files: a row per person, checked by the rules of <c>volunteerMentor</c>. A row changes the whole profile
/// of the mentor with its reference, except a withdrawn mentor's, which may no longer change.
/// </summary>
internal sealed class MentorImport : IImportKind<MentorImportRow, Mentor>
{
    public static MentorImport Instance { get; } = new();

    public string Plural => "mentors";

    public string Action => "importMentors";

    public ImportColumns Columns { get; } = new(
        "externalReference", "displayName", "email", "jobTitle", "careerStage", "capacity", "format", "maxTravelKm", "postcode", "availability", "offers", "wants");

    public string? AuditSubjectType => "Mentor";

    public MentorImportRow? Check(RowCheck check, ImportSkills skills)
    {
        var v = check.Validator;
        var reference = v.Text("externalReference", check.Cell("externalReference"), Mentor.MaxExternalReferenceLength);
        var careerStage = check.Enum<CareerStage>("careerStage");
        var capacity = check.Int("capacity");
        var format = check.Enum<MentoringFormat>("format");
        var maxTravelKm = check.Int("maxTravelKm");
        var availability = check.Enums<Availability>("availability");
        var (displayName, email, jobTitle, place) = MentorProfileValidator.Fields(
            v, check.Cell("displayName"), check.Optional("email"), check.Optional("jobTitle"), capacity, maxTravelKm, check.Optional("postcode"));
        var seen = new HashSet<int>();
        var offers = MentorProfileValidator.SkillList(v, "offers", check.Skills("offers"), seen, s => (skills.Find(v, "offers", s.Skill), s.Level, s.Skill));
        var wants = MentorProfileValidator.SkillList(v, "wants", check.Skills("wants"), seen, s => (skills.Find(v, "wants", s.Skill), s.Level, s.Skill));
        if (!check.IsValid || careerStage is not { } stage || capacity is not { } places || format is not { } meeting || maxTravelKm is not { } travel)
        {
            return null;
        }

        return new MentorImportRow(reference, new MentorProfile(displayName, email, jobTitle, stage, places, meeting, travel, availability, place, offers, wants));
    }

    public string Reference(MentorImportRow row) => row.Reference;

    public IQueryable<Mentor> Existing(NetworkDbContext db, int employerId, IReadOnlyCollection<string> references) =>
        db.Mentors.Include(m => m.Offers).Include(m => m.Wants).AsSplitQuery()
            .Where(m => m.EmployerId == employerId && m.ExternalReference != null && references.Contains(m.ExternalReference));

    public string ReferenceOf(Mentor entity) => entity.ExternalReference!;

    public (bool Unchanged, string? Refusal) Compare(MentorImportRow row, Mentor mentor, Employer employer)
    {
        var profile = row.Profile;
        var (postcode, _, localAuthorityCode) = profile.Placement(employer);
        var unchanged = mentor.DisplayName == profile.DisplayName && mentor.Email == profile.Email && mentor.JobTitle == profile.JobTitle
            && mentor.CareerStage == profile.CareerStage && mentor.Capacity == profile.Capacity && mentor.Format == profile.Format
            && mentor.MaxTravelKm == profile.MaxTravelKm && mentor.Availability.ToHashSet().SetEquals(profile.Availability)
            && mentor.Postcode == postcode && mentor.LocalAuthorityCode == localAuthorityCode
            && SameSkills(mentor.Offers, profile.Offers) && SameSkills(mentor.Wants, profile.Wants);
        return (unchanged, mentor.Status == MentorStatus.Withdrawn ? "The mentor has withdrawn; their profile can no longer change." : null);
    }

    public Mentor Create(MentorImportRow row, Employer employer, DateTimeOffset now) => row.Profile.NewMentor(employer, now, row.Reference);

    public void Update(MentorImportRow row, Mentor mentor, Employer employer, DateTimeOffset now)
    {
        var profile = row.Profile;
        (mentor.Postcode, mentor.Location, mentor.LocalAuthorityCode) = profile.Placement(employer);
        mentor.DisplayName = profile.DisplayName;
        mentor.Email = profile.Email;
        mentor.JobTitle = profile.JobTitle;
        mentor.CareerStage = profile.CareerStage;
        mentor.Capacity = profile.Capacity;
        mentor.Format = profile.Format;
        mentor.MaxTravelKm = profile.MaxTravelKm;
        mentor.Availability = [.. profile.Availability.Distinct()];
        if (!SameSkills(mentor.Offers, profile.Offers))
        {
            mentor.Offers = [.. profile.Offers.Select(s => new OfferedSkill { MentorId = mentor.Id, SkillId = s.SkillId, Level = s.Level })];
        }

        if (!SameSkills(mentor.Wants, profile.Wants))
        {
            mentor.Wants = [.. profile.Wants.Select(s => new WantedSkill { MentorId = mentor.Id, SkillId = s.SkillId, Level = s.Level })];
        }

        mentor.UpdatedAt = now;
    }

    public int Id(Mentor entity) => entity.Id;

    public DbSet<Mentor> Set(NetworkDbContext db) => db.Mentors;

    private static bool SameSkills(IEnumerable<MentorSkill> held, IEnumerable<(int SkillId, SkillLevel Level)> given) =>
        held.Select(s => (s.SkillId, s.Level)).ToHashSet().SetEquals(given);
}
