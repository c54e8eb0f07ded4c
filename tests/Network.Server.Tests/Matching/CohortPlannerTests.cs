using Network.Server.Matching;
using Network.Server.Mentors;
using Network.Server.Scoring;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Matching;

/// <summary>The planner on small pools built by hand: which pairs it chooses and why the others are left unmatched.</summary>
public sealed class CohortPlannerTests
{
    private static readonly int MachineLearning = TestData.Skill("machine-learning");
    private static readonly int BudgetPlanning = TestData.Skill("budget-planning");
    private static readonly int Cloud = TestData.Skill("cloud-computing");
    private static readonly int Cybersecurity = TestData.Skill("cybersecurity");
    private static readonly int DataAnalytics = TestData.Skill("data-analytics");
    private static readonly int ProjectManagement = TestData.Skill("project-management");
    private static readonly int Welding = TestData.Skill("welding-fabrication");

    private readonly CohortPlanner _planner = new(new PairScorer(new MatchingWeights()));

    [Fact]
    public void Each_mentor_left_unmatched_gets_the_reason()
    {
        // Every pair below is two-way (20 points, 10 for each skill) with one shared slot (2), online.
        MatchProfile[] pool =
        [
            // Two early-career teachers of machine learning, 3 in ICT and 13 in construction, for three who
            // teach budget planning back. With reverse mentoring (6) and the same sector (4), 1 scores 52
            // with 3 and 48 with 13; 2 the reverse; 8, early-career too, 46 with 13 and 42 with 3. The best
            // total, 104, leaves 8 out.
            Mentor(1, offers: BudgetPlanning, wants: MachineLearning),
            Mentor(2, offers: BudgetPlanning, wants: MachineLearning, sector: Sector.Construction),
            Mentor(3, offers: MachineLearning, wants: BudgetPlanning, stage: CareerStage.Early),
            Mentor(13, offers: MachineLearning, wants: BudgetPlanning, sector: Sector.Construction, stage: CareerStage.Early),
            Mentor(8, offers: BudgetPlanning, wants: MachineLearning, sector: Sector.Construction, stage: CareerStage.Early),

            // One teacher of cloud computing for two: 21 scores 52, 22 scores 48.
            Mentor(20, offers: Cloud, wants: Cybersecurity, stage: CareerStage.Early),
            Mentor(21, offers: Cybersecurity, wants: Cloud),
            Mentor(22, offers: Cybersecurity, wants: Cloud, sector: Sector.Construction),

            // Nobody wants welding.
            Mentor(4, offers: Welding, wants: Welding),

            // 5 and 6 already have an open pairing, and 7 is at capacity.
            Mentor(5, offers: DataAnalytics, wants: ProjectManagement),
            Mentor(6, offers: ProjectManagement, wants: DataAnalytics),
            Mentor(7, offers: ProjectManagement, wants: DataAnalytics),
        ];
        var constraints = new CohortConstraints(new Dictionary<int, int> { [7] = 2 }, new HashSet<(int, int)> { (5, 6) });

        var plan = _planner.Plan(pool, constraints, maximizeCardinality: false, CancellationToken.None);

        Assert.Equal(
            [(1, 3, 52.0), (2, 13, 52.0), (20, 21, 52.0)],
            plan.Pairs.Select(p => (Math.Min(p.MentorId, p.PartnerId), Math.Max(p.MentorId, p.PartnerId), p.Score)).OrderByDescending(p => p.Item3).ThenBy(p => p.Item1));
        Assert.Equal(
            [
                (8, 2, "Each of their 2 eligible partners is paired with someone else in the best plan."),
                (22, 1, "Their one eligible partner is paired with someone else in the best plan."),
                (4, 0, "No one else in the pool is an eligible partner."),
                (5, 0, "Already has an open pairing with every mentor of the pool they could be paired with."),
                (6, 0, "Already has an open pairing with every mentor of the pool they could be paired with."),
                (7, 0, "At capacity: already holds 2 accepted, active or paused pairings."),
            ],
            plan.Unmatched.Select(u => (u.MentorId, u.EligiblePartners, u.Reason)));
        Assert.DoesNotContain(plan.Candidates, c => c.MentorId is 5 or 6 or 7 || c.PartnerId is 5 or 6 or 7);
        Assert.Equal(8, plan.Candidates.Count);
    }

    [Fact]
    public void Pairing_as_many_people_as_possible_first_can_lower_the_total()
    {
        // A path 1 - 2 - 3 - 4: the two-way pair 2-3 scores 52; 1-2 (2 teaches 1 machine learning, reverse
        // mentoring, same sector) 22 and 3-4 (3 teaches 4 budget planning, same sector) 16.
        MatchProfile[] pool =
        [
            Mentor(1, offers: Welding, wants: MachineLearning),
            Mentor(2, offers: MachineLearning, wants: BudgetPlanning, stage: CareerStage.Early),
            Mentor(3, offers: BudgetPlanning, wants: MachineLearning),
            Mentor(4, offers: Cloud, wants: BudgetPlanning),
        ];

        var heaviest = _planner.Plan(pool, CohortConstraints.None, maximizeCardinality: false, CancellationToken.None);
        var fullest = _planner.Plan(pool, CohortConstraints.None, maximizeCardinality: true, CancellationToken.None);

        Assert.Equal([(2, 3, 52.0)], heaviest.Pairs.Select(p => (p.MentorId, p.PartnerId, p.Score)));
        Assert.Equal([(1, 2, 22.0), (3, 4, 16.0)], fullest.Pairs.Select(p => (p.MentorId, p.PartnerId, p.Score)));
        Assert.Equal(38, fullest.TotalScore, precision: 6);
    }

    private static MatchProfile Mentor(int id, int offers, int wants, Sector sector = Sector.IctDigital, CareerStage stage = CareerStage.Senior) => new(
        id,
        EmployerId: 100 + id,
        sector,
        stage,
        MentoringFormat.Online,
        MaxTravelKm: 10,
        new HashSet<Availability> { Availability.WeekdayEvenings },
        Latitude: 52.4081,
        Longitude: -1.5106,
        new Dictionary<int, SkillLevel> { [offers] = SkillLevel.Advanced },
        new Dictionary<int, SkillLevel> { [wants] = SkillLevel.Beginner },
        new HashSet<int>());
}
