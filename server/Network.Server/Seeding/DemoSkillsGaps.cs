using Network.Server.Employers;
using Network.Server.Skills;
using Network.Server.SkillsGaps;

namespace Network.Server.Seeding;

/// <summary>The gaps each sector reports in the region, with the way an employer would describe them.</summary>
internal static class DemoSkillsGaps
{
    private static readonly Dictionary<int, string> Descriptions = new()
    {
        [1] = "We want to build AI features into our products but nobody here has shipped a model to production.",
        [2] = "Client projects increasingly need machine-learning work that we cannot staff.",
        [3] = "New robotic cells sit under-used because we lack people who can programme and maintain them.",
        [4] = "We collect plenty of production data but cannot turn it into decisions.",
        [5] = "Our data pipelines depend on one contractor and we need permanent data engineers.",
        [6] = "Customers now ask for Cyber Essentials Plus and nobody in-house can lead it.",
        [7] = "Our hosting is moving to the cloud and we lack engineers who can design and run it securely.",
        [8] = "We have turned work down for lack of experienced web and .NET developers.",
        [11] = "Our machines produce data we cannot capture; we need industrial IoT skills to connect the shop floor.",
        [12] = "Customers want production lines simulated before we build them, and we have no modelling capability.",
        [13] = "Public-sector tenders require BIM and we have no one who can produce or manage the models.",
        [14] = "We want to print tooling and prototypes in-house but have no additive manufacturing experience.",
        [15] = "Our products need a user-experience designer to keep up with larger competitors.",
        [16] = "Releases are still manual; we need people who can build and run automated pipelines.",
        [20] = "Volatile material prices and lead times need stronger supply-chain planning than we have.",
        [30] = "New contracts demand low-carbon materials and methods our site teams have not used before.",
        [31] = "Demand for whole-house retrofit is growing faster than we can train assessors and coordinators.",
        [32] = "Heat-pump installations are booked months ahead because we have too few qualified installers.",
        [33] = "We cannot recruit enough qualified electricians for commercial fit-outs.",
        [34] = "Coded welders are scarce locally and our vacancies stay open for months.",
        [35] = "Experienced CNC setters and programmers are retiring faster than we can replace them.",
        [36] = "Aerospace customers require inspection and metrology skills we struggle to recruit.",
        [37] = "We cannot find experienced site managers to run more than two sites at once.",
        [38] = "Moving to off-site modular construction needs skills our workforce does not yet have.",
        [39] = "Our move into electric-vehicle components needs high-voltage skills we do not have.",
        [40] = "Solar PV enquiries are outrunning the installers we have.",
    };

    private static readonly Dictionary<Sector, Weighted<int>> Pools = new()
    {
        [Sector.IctDigital] = new((6, 5), (1, 5), (7, 4), (2, 2), (5, 2), (16, 2), (8, 3), (15, 1), (4, 2)),
        [Sector.Construction] = new((30, 5), (13, 4), (31, 4), (37, 4), (32, 3), (38, 2), (33, 2), (40, 2)),
        [Sector.EngineeringManufacturing] = new((3, 5), (35, 5), (12, 3), (20, 4), (11, 2), (36, 2), (34, 2), (39, 2), (14, 1), (6, 1)),
    };

    private static readonly Weighted<int> GapCounts = new((1, 30), (2, 35), (3, 25), (4, 10));

    private static readonly Weighted<SkillsGapSeverity> Severities = new(
        (SkillsGapSeverity.Low, 15), (SkillsGapSeverity.Medium, 35), (SkillsGapSeverity.High, 35), (SkillsGapSeverity.Critical, 15));

    private static readonly Weighted<SkillsGapStatus> LaterStatuses = new(
        (SkillsGapStatus.Open, 65), (SkillsGapStatus.Filled, 22), (SkillsGapStatus.Withdrawn, 13));

    /// <summary>
    /// One to four gaps that fit the employer's sector. The first is always open: employers join the
    /// network because they have a gap today; older ones may since have been filled or withdrawn.
    /// </summary>
    public static List<SkillsGap> For(Employer employer, DemoRandom random, DateTimeOffset today, ref int nextId)
    {
        var skills = Pools[employer.Sector].PickDistinct(random, GapCounts.PickWith(random), new HashSet<int>());
        var gaps = new List<SkillsGap>(skills.Count);
        foreach (var skillId in skills)
        {
            var status = gaps.Count == 0 ? SkillsGapStatus.Open : LaterStatuses.PickWith(random);
            var published = random.Between(employer.CreatedAt, today.AddDays(-3));
            DateTimeOffset? closed = status == SkillsGapStatus.Open ? null : random.Between(published.AddDays(1), today);
            gaps.Add(new SkillsGap
            {
                Id = nextId++,
                EmployerId = employer.Id,
                SkillId = skillId,
                Sector = employer.Sector,
                Severity = Severities.PickWith(random),
                HardToFillVacancies = random.Between(1, employer.Size == SizeBand.Micro ? 3 : 8),
                Description = Descriptions[skillId],
                Status = status,
                PublishedAt = published,
                UpdatedAt = closed ?? published,
                ClosedAt = closed,
            });
        }

        return gaps;
    }
}
