using Network.Server.Programmes;
using Network.Server.Skills;

namespace Network.Server.Seeding;

/// <summary>
/// A demo programme as its coordinators set it up: what it is, where and from which sectors it recruits,
/// its timeframe, sessions, size, training and objectives, and how its employers and mentors take it up.
/// </summary>
internal sealed record DemoProgramme(
    string Name,
    string Description,
    ProgrammeStatus Status,
    ProgrammeAreaInput Area,
    IReadOnlyList<Sector> Sectors,
    DemoTimeline Timeline,
    SessionStructureInput Sessions,
    int MaxPairs,
    IReadOnlyList<int> RequiredTrainingModuleIds,
    IReadOnlyList<string> CoordinatorSubjects,
    DemoUptake Uptake,
    IReadOnlyList<DemoObjective> Objectives);

/// <summary>When a programme was set up and opened, in days before today; when it starts and its enrolment closes, in days from today (negative when past).</summary>
internal sealed record DemoTimeline(int CreatedDaysAgo, int OpenedDaysAgo, int StartsInDays, int RunsForWeeks, int EnrolmentClosesInDays);

/// <summary>
/// How a programme is taken up: the share of the employers that may join which do, the most mentors each
/// enrols, how often an employer has one more nominated who has not accepted yet, and the share of
/// enrolled mentors who have completed all the required training.
/// </summary>
internal sealed record DemoUptake(int JoinPercent, int MostEnrolledPerEmployer, int NominationPercent, int FullyTrainedPercent);

/// <summary>
/// An objective: its statement, measure and target skills; the skills whose open gaps (of the employers that
/// joined) it addresses; and its target, which for GAPS_ADDRESSED is at most the number of gaps it names.
/// </summary>
internal sealed record DemoObjective(string Statement, ObjectiveMeasure Measure, int Target, IReadOnlyList<int> SkillIds, IReadOnlyList<int> GapSkillIds);
