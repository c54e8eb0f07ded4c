using NetTopologySuite.Geometries;
using Network.Server.Employers;
using Network.Server.Geo;

namespace Network.Server.Mentors;

/// <summary>
/// A checked profile for a mentor of an employer, as volunteering and importing write it. Without a postcode of
/// its own (<see cref="Place"/> null) the mentor meets from the employer's district.
/// </summary>
public sealed record MentorProfile(
    string DisplayName,
    string? Email,
    string? JobTitle,
    CareerStage CareerStage,
    int Capacity,
    MentoringFormat Format,
    int MaxTravelKm,
    IReadOnlyList<Availability> Availability,
    (Postcode Postcode, PostcodeDistrict District)? Place,
    IReadOnlyList<(int SkillId, SkillLevel Level)> Offers,
    IReadOnlyList<(int SkillId, SkillLevel Level)> Wants)
{
    /// <summary>Where the mentor meets from: the postcode district given, or the employer's.</summary>
    public (string Postcode, Point Location, string LocalAuthorityCode) Placement(Employer employer) =>
        Place is var (postcode, district)
            ? (postcode.Outcode, district.Centroid, district.LocalAuthority.Code)
            : (Postcode.TryParse(employer.Postcode, out var registered) ? registered.Outcode : employer.Postcode, employer.Location, employer.LocalAuthorityCode);

    /// <summary>A new, active mentor of <paramref name="employer"/> with this profile.</summary>
    public Mentor NewMentor(Employer employer, DateTimeOffset now, string? externalReference = null)
    {
        var (postcode, location, localAuthorityCode) = Placement(employer);
        return new Mentor
        {
            EmployerId = employer.Id,
            ExternalReference = externalReference,
            DisplayName = DisplayName,
            Email = Email,
            JobTitle = JobTitle,
            CareerStage = CareerStage,
            Capacity = Capacity,
            Format = Format,
            MaxTravelKm = MaxTravelKm,
            Availability = [.. Availability.Distinct()],
            Postcode = postcode,
            Location = location,
            LocalAuthorityCode = localAuthorityCode,
            Status = MentorStatus.Active,
            CreatedAt = now,
            UpdatedAt = now,
            Offers = [.. Offers.Select(s => new OfferedSkill { SkillId = s.SkillId, Level = s.Level })],
            Wants = [.. Wants.Select(s => new WantedSkill { SkillId = s.SkillId, Level = s.Level })],
        };
    }
}
