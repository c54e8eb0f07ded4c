using GraphQL;

namespace Network.Server.Mentors;

/// <summary>Changes to a mentor's profile; fields left out keep their value, and lists given replace the old ones.</summary>
public sealed record UpdateMentorInput(
    [property: Id] string MentorId,
    string? DisplayName,
    string? Email,
    string? JobTitle,
    CareerStage? CareerStage,
    int? Capacity,
    MentoringFormat? Format,
    int? MaxTravelKm,
    IReadOnlyList<Availability>? Availability,
    string? Postcode,
    IReadOnlyList<MentorSkillInput>? Offers,
    IReadOnlyList<MentorSkillInput>? Wants);
