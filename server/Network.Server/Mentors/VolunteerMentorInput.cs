using GraphQL;

namespace Network.Server.Mentors;

/// <summary>A new mentor; the postcode defaults to the employer's.</summary>
public sealed record VolunteerMentorInput(
    [property: Id] string EmployerId,
    string DisplayName,
    string? Email,
    string? JobTitle,
    CareerStage CareerStage,
    int Capacity,
    MentoringFormat Format,
    int MaxTravelKm,
    IReadOnlyList<Availability> Availability,
    string? Postcode,
    IReadOnlyList<MentorSkillInput> Offers,
    IReadOnlyList<MentorSkillInput> Wants);
