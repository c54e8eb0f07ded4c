using Network.Server.Geo;
using Network.Server.Programmes;
using static Network.Server.Programmes.ObjectiveMeasure;
using static Network.Server.Skills.Sector;

namespace Network.Server.Seeding;

/// <summary>
/// The demo's two programmes: a nine-month cohort running across the combined authority in all three
/// sectors, in its last weeks, with pairs meeting and some already completed, and a digital programme around
/// Coventry still recruiting. Skill IDs are
/// the taxonomy's (1 AI, 3 automation, 4 data analytics, 6 cybersecurity, 7 cloud, 17 budget planning,
/// 18 client relations, 21 project management…); training modules are the catalogue's.
/// </summary>
internal static class DemoProgrammeCatalogue
{
    public static IReadOnlyList<DemoProgramme> All { get; } =
    [
        new(
            "West Midlands Reverse Mentoring Cohort",
            "Nine months of two-way mentoring across the seven councils of the West Midlands Combined Authority. Early-career staff who know AI, automation, " +
            "data analytics and cybersecurity mentor senior colleagues at other firms in engineering and manufacturing, construction and ICT, and learn " +
            "budget planning, client relations and project management in return. Pairs meet for an hour every two weeks.",
            ProgrammeStatus.Running,
            new ProgrammeAreaInput { LocalAuthorityCodes = [.. PostcodeDirectory.Instance.LocalAuthorities.Where(a => a.CombinedAuthority).Select(a => a.Code).Order(StringComparer.Ordinal)] },
            [EngineeringManufacturing, Construction, IctDigital],
            new DemoTimeline(CreatedDaysAgo: 340, OpenedDaysAgo: 330, StartsInDays: -250, RunsForWeeks: 38, EnrolmentClosesInDays: -236),
            new SessionStructureInput(EveryWeeks: 2, Minutes: 60, MinimumSessions: 12),
            MaxPairs: 40,
            RequiredTrainingModuleIds: [1, 2, 3, 4],
            CoordinatorSubjects: [DemoActors.Coordinator.Subject!],
            new DemoUptake(JoinPercent: 85, MostEnrolledPerEmployer: 6, NominationPercent: 35, FullyTrainedPercent: 85),
            [
                new(
                    "Form 30 cross-company pairs in which early-career staff teach AI, automation, data analytics and cybersecurity, " +
                    "and senior colleagues teach budget planning, client relations and project management in return.",
                    PairsFormed, 30, [1, 3, 4, 6, 17, 18, 21], []),
                new(
                    "Address the open gaps in industrial automation, data analytics, cybersecurity, BIM and supply-chain management " +
                    "that the programme's employers have published.",
                    GapsAddressed, 12, [3, 4, 6, 13, 20], [3, 4, 6, 13, 20]),
                new(
                    "Train 60 mentors in reverse mentoring, active listening, constructive feedback and open communication before they are paired.",
                    MentorsTrained, 60, [], []),
            ]),
        new(
            "Coventry Cyber, Cloud and Data Exchange",
            "Two-way mentoring for Coventry's digital firms and their neighbours in Kenilworth and Leamington: early-career security, cloud and data " +
            "specialists pair with founders and directors of other firms, who teach business development, client relations and budget planning in " +
            "return. Six months of 45-minute sessions every two weeks, from shortly after recruitment closes.",
            ProgrammeStatus.Recruiting,
            new ProgrammeAreaInput { Near = new() { ["origin"] = new Dictionary<string, object?> { ["postcode"] = "CV1" }, ["radiusKm"] = 15.0 } },
            [IctDigital],
            new DemoTimeline(CreatedDaysAgo: 30, OpenedDaysAgo: 21, StartsInDays: 35, RunsForWeeks: 26, EnrolmentClosesInDays: 24),
            new SessionStructureInput(EveryWeeks: 2, Minutes: 45, MinimumSessions: 10),
            MaxPairs: 12,
            RequiredTrainingModuleIds: [1, 2, 6],
            CoordinatorSubjects: [DemoActors.Coordinator.Subject!, "local-coordinator-coventry"],
            new DemoUptake(JoinPercent: 80, MostEnrolledPerEmployer: 3, NominationPercent: 50, FullyTrainedPercent: 60),
            [
                new(
                    "Close the open cybersecurity, cloud, data and AI gaps of the programme's employers with partners from other firms.",
                    GapsAddressed, 4, [1, 4, 5, 6, 7], [1, 2, 4, 5, 6, 7]),
                new(
                    "Form 10 two-way pairs in which security, cloud and data specialists learn business development, client relations and budget planning.",
                    PairsFormed, 10, [4, 6, 7, 17, 18, 23], []),
                new(
                    "Train 20 mentors in reverse mentoring, active listening and data protection before the programme starts.",
                    MentorsTrained, 20, [], []),
            ]),
    ];
}
