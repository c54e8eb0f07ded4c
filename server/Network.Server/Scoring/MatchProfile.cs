using Network.Server.Mentors;
using Network.Server.Skills;

namespace Network.Server.Scoring;

/// <summary>What scoring needs to know about one mentor.</summary>
public sealed record MatchProfile(
    int MentorId,
    int EmployerId,
    Sector Sector,
    CareerStage CareerStage,
    MentoringFormat Format,
    int MaxTravelKm,
    IReadOnlySet<Availability> Availability,
    double Latitude,
    double Longitude,
    IReadOnlyDictionary<int, SkillLevel> Offers,
    IReadOnlyDictionary<int, SkillLevel> Wants,
    IReadOnlySet<int> EmployerGapSkills);
