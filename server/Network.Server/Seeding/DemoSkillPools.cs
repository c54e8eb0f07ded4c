using Network.Server.Skills;

namespace Network.Server.Seeding;

/// <summary>
/// Which skills mentors of each sector hold, by kind: the digital skills juniors bring, the strategic
/// skills seniors bring, and the trades that experienced staff in construction and manufacturing teach.
/// Weights favour the exchanges the programme is built around (AI, automation, data analytics,
/// cybersecurity and social media one way; budgets, clients, supply chains and projects the other).
/// </summary>
internal sealed record DemoSkillPools(Weighted<int> Digital, Weighted<int> Strategic, Weighted<int>? Trade)
{
    private static readonly Dictionary<Sector, DemoSkillPools> BySector = new()
    {
        [Sector.IctDigital] = new(
            new((1, 4), (4, 4), (6, 4), (9, 3), (16, 3), (2, 2), (7, 2), (8, 2), (5, 1), (15, 1), (10, 1)),
            new((17, 4), (18, 4), (21, 4), (23, 2), (19, 1), (22, 1), (25, 1), (27, 1), (28, 1), (29, 1), (20, 1)),
            null),
        [Sector.EngineeringManufacturing] = new(
            new((1, 3), (3, 4), (4, 4), (6, 3), (9, 3), (11, 2), (12, 1), (14, 1)),
            new((17, 4), (18, 4), (20, 4), (21, 4), (24, 2), (19, 1), (22, 1), (26, 1), (28, 1), (29, 1)),
            new((35, 3), (34, 2), (36, 2), (39, 1), (33, 1))),
        [Sector.Construction] = new(
            new((1, 2), (4, 3), (6, 2), (9, 4), (13, 3), (12, 1)),
            new((17, 4), (18, 4), (20, 4), (21, 4), (25, 2), (19, 1), (22, 1), (26, 1), (28, 1), (29, 1)),
            new((37, 3), (30, 2), (31, 2), (32, 1), (33, 1), (38, 1), (40, 1))),
    };

    public static DemoSkillPools For(Sector sector) => BySector[sector];
}
