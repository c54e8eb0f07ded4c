using Network.Server.Mentors;
using Network.Server.Scoring;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Matching;

/// <summary>The scoring, pinned on cases computed by hand with the default weights.</summary>
public sealed class PairScorerTests
{
    // One degree of latitude is 111.195 km on the sphere the scorer uses; this is 10 km.
    private const double TenKmOfLatitude = 10 / 111.19508;
    private const double Coventry = 52.4081;

    private static readonly int MachineLearning = TestData.Skill("machine-learning");
    private static readonly int BudgetPlanning = TestData.Skill("budget-planning");
    private static readonly int Cybersecurity = TestData.Skill("cybersecurity");

    private readonly PairScorer _scorer = new(new MatchingWeights());

    [Fact]
    public void A_two_way_reverse_mentoring_exchange_that_addresses_a_gap_scores_every_part()
    {
        var junior = Junior();
        var senior = Senior();

        var score = _scorer.Score(junior, senior);

        // Teaches machine learning 10 + its gap 8 + reverse mentoring 6; learns budget planning 10;
        // two-way 20; same sector 4; one shared slot 2; 0 km apart.
        Assert.True(score.IsEligible);
        Assert.Equal(60, score.Score, precision: 6);
        Assert.Equal(6000, score.Points);
        Assert.Equal(MentoringFormat.InPerson, score.Format);
        Assert.Equal([new SkillFlow(MachineLearning, true)], score.Teaches);
        Assert.Equal([new SkillFlow(BudgetPlanning, false)], score.Learns);
        Assert.Equal(
            [
                "A two-way exchange: each teaches the other something they want.",
                "Teaches Machine learning, which addresses an open skills gap at the learner's employer.",
                "Reverse mentoring: the early-career partner teaches the senior one.",
                "Learns Budget planning.",
                "Both employers are in the same sector.",
                "One availability slot in common.",
                "0 km apart, within both travel limits (20 and 30 km).",
            ],
            score.Reasons);
    }

    [Fact]
    public void The_score_is_the_same_from_either_side()
    {
        var there = _scorer.Score(Junior(), Senior() with { Latitude = Coventry + TenKmOfLatitude });
        var back = _scorer.Score(Senior() with { Latitude = Coventry + TenKmOfLatitude }, Junior());

        Assert.Equal(there.Score, back.Score, precision: 9);
        Assert.Equal(there.Teaches, back.Learns);
    }

    [Fact]
    public void Distance_costs_a_quarter_point_per_kilometre_when_partners_meet_in_person()
    {
        var score = _scorer.Score(Junior(), Senior() with { Latitude = Coventry + TenKmOfLatitude });

        Assert.Equal(10, score.DistanceKm, precision: 3);
        Assert.Equal(57.5, score.Score, precision: 3);
    }

    [Fact]
    public void Two_hybrid_mentors_beyond_their_travel_limits_meet_online_at_no_cost()
    {
        var far = Coventry + (5 * TenKmOfLatitude);

        var score = _scorer.Score(Junior(), Senior() with { Format = MentoringFormat.Hybrid, Latitude = far });

        Assert.Equal(MentoringFormat.Online, score.Format);
        Assert.Equal(60, score.Score, precision: 6);
        Assert.Contains("They would meet online, so distance does not matter.", score.Reasons);
    }

    [Fact]
    public void A_two_way_exchange_outscores_the_same_skills_flowing_one_way()
    {
        var twoWay = _scorer.Score(Junior(), Senior());
        var oneWay = _scorer.Score(Junior(), Senior() with { Offers = new Dictionary<int, SkillLevel>() });

        // One-way: teaches machine learning 10 + gap 8 + reverse 6; same sector 4; one slot 2.
        Assert.Equal(30, oneWay.Score, precision: 6);
        Assert.Empty(oneWay.Learns);
        Assert.True(twoWay.Score > oneWay.Score + 20);
    }

    [Theory]
    [MemberData(nameof(IneligiblePairs))]
    public void Ineligible_pairs_score_nothing_and_say_why(string because, MatchProfile partner)
    {
        var score = _scorer.Score(Junior(), partner);

        Assert.False(score.IsEligible);
        Assert.Equal(0, score.Score);
        Assert.Equal(0, score.Points);
        Assert.Equal([because], score.Reasons);
    }

    public static TheoryData<string, MatchProfile> IneligiblePairs => new()
    {
        { "They work for the same employer; pairings are across companies.", Senior() with { EmployerId = 1 } },
        {
            "Neither can teach the other a skill they want, at a level above theirs.",
            Senior() with { Offers = Skills((BudgetPlanning, SkillLevel.Beginner)), Wants = Skills((MachineLearning, SkillLevel.Advanced)) }
        },
        { "They are 50 km apart, beyond a travel limit of 20 km.", Senior() with { Latitude = Coventry + (5 * TenKmOfLatitude) } },
        { "They have no availability in common.", Senior() with { Availability = new HashSet<Availability> { Availability.WeekdayMornings } } },
    };

    [Fact]
    public void An_online_only_mentor_and_an_in_person_only_mentor_cannot_meet()
    {
        var score = _scorer.Score(Junior() with { Format = MentoringFormat.InPerson }, Senior() with { Format = MentoringFormat.Online });

        Assert.False(score.IsEligible);
        Assert.Equal(["One meets only online and the other only in person."], score.Reasons);
        Assert.Equal(MentoringFormat.Online, _scorer.Score(Junior(), Senior() with { Format = MentoringFormat.Online }).Format);
    }

    [Fact]
    public void Weights_come_from_configuration()
    {
        var scorer = new PairScorer(new MatchingWeights { TwoWayExchange = 100, SameSector = 0 });

        Assert.Equal(136, scorer.Score(Junior(), Senior()).Score, precision: 6);
    }

    [Fact]
    public void Skills_addressing_no_gap_and_a_senior_teacher_earn_the_base_points_only()
    {
        var peer = Senior() with { CareerStage = CareerStage.Early, EmployerGapSkills = new HashSet<int>(), Offers = Skills((Cybersecurity, SkillLevel.Expert)) };

        var score = _scorer.Score(Junior() with { Wants = Skills((Cybersecurity, SkillLevel.Beginner)) }, peer);

        // Teaches machine learning 10 (no gap, same stage); learns cybersecurity 10; two-way 20; sector 4; slot 2.
        Assert.Equal(46, score.Score, precision: 6);
    }

    [Fact]
    public void The_number_alone_agrees_with_the_explained_score_on_many_random_pairs()
    {
        var random = new Random(20261125);
        var skills = SkillCatalogue.All.Select(s => s.Id).Take(8).ToArray();
        for (var i = 0; i < 5_000; i++)
        {
            var a = RandomProfile(random, 1, skills);
            var b = RandomProfile(random, 2, skills);

            Assert.Equal(_scorer.Score(a, b).Score, _scorer.ScoreOnly(a, b), precision: 9);
        }
    }

    private static MatchProfile RandomProfile(Random random, int id, int[] skills) => new(
        MentorId: id, EmployerId: random.Next(3), Sector: (Sector)random.Next(3), CareerStage: (CareerStage)random.Next(3),
        Format: (MentoringFormat)random.Next(3), MaxTravelKm: random.Next(0, 60),
        Availability: Enum.GetValues<Availability>().Where(_ => random.Next(2) == 0).ToHashSet(),
        Latitude: 52.3 + (random.NextDouble() * 0.4), Longitude: -2.2 + (random.NextDouble() * 0.8),
        Offers: skills.Where(_ => random.Next(4) == 0).ToDictionary(s => s, _ => (SkillLevel)random.Next(4)),
        Wants: skills.Where(_ => random.Next(4) == 0).ToDictionary(s => s, _ => (SkillLevel)random.Next(4)),
        EmployerGapSkills: skills.Where(_ => random.Next(3) == 0).ToHashSet());

    private static MatchProfile Junior() => new(
        MentorId: 1, EmployerId: 1, Sector: Sector.IctDigital, CareerStage: CareerStage.Early, Format: MentoringFormat.Hybrid, MaxTravelKm: 20,
        Availability: new HashSet<Availability> { Availability.WeekdayEvenings, Availability.Weekends },
        Latitude: Coventry, Longitude: -1.5197,
        Offers: Skills((MachineLearning, SkillLevel.Advanced)),
        Wants: Skills((BudgetPlanning, SkillLevel.Beginner)),
        EmployerGapSkills: new HashSet<int>());

    private static MatchProfile Senior() => new(
        MentorId: 2, EmployerId: 2, Sector: Sector.IctDigital, CareerStage: CareerStage.Senior, Format: MentoringFormat.InPerson, MaxTravelKm: 30,
        Availability: new HashSet<Availability> { Availability.WeekdayEvenings },
        Latitude: Coventry, Longitude: -1.5197,
        Offers: Skills((BudgetPlanning, SkillLevel.Expert)),
        Wants: Skills((MachineLearning, SkillLevel.Beginner)),
        EmployerGapSkills: new HashSet<int> { MachineLearning });

    private static Dictionary<int, SkillLevel> Skills(params (int Skill, SkillLevel Level)[] skills) => skills.ToDictionary(s => s.Skill, s => s.Level);
}
