using Network.Server.Mentors;
using Network.Server.Skills;

namespace Network.Server.Seeding;

/// <summary>
/// What a demo mentor offers and wants, by career stage: juniors teach digital skills at an advanced
/// level and want to start on strategic ones; seniors the reverse; the middle of a career is a mix.
/// A skill never appears in both lists.
/// </summary>
internal static class DemoMentorSkills
{
    public static (List<OfferedSkill> Offers, List<WantedSkill> Wants) For(CareerStage stage, Sector sector, DemoRandom random, int mentorId)
    {
        var pools = DemoSkillPools.For(sector);
        var taken = new HashSet<int>();
        var offers = new List<OfferedSkill>(4);
        var wants = new List<WantedSkill>(3);

        void Offer(Weighted<int> pool, int count, SkillLevel lowest, SkillLevel highest)
        {
            foreach (var skill in pool.PickDistinct(random, count, taken))
            {
                offers.Add(new OfferedSkill { MentorId = mentorId, SkillId = skill, Level = Level(random, lowest, highest) });
            }
        }

        void Want(Weighted<int> pool, int count, SkillLevel lowest, SkillLevel highest)
        {
            foreach (var skill in pool.PickDistinct(random, count, taken))
            {
                wants.Add(new WantedSkill { MentorId = mentorId, SkillId = skill, Level = Level(random, lowest, highest) });
            }
        }

        switch (stage)
        {
            case CareerStage.Early:
                Offer(pools.Digital, random.Between(2, 3), SkillLevel.Advanced, SkillLevel.Expert);
                Want(pools.Strategic, random.Between(1, 3), SkillLevel.Beginner, SkillLevel.Beginner);
                break;
            case CareerStage.Senior:
                Offer(pools.Strategic, random.Between(2, 3), SkillLevel.Advanced, SkillLevel.Expert);
                if (pools.Trade is { } trade && random.Chance(50))
                {
                    Offer(trade, 1, SkillLevel.Advanced, SkillLevel.Expert);
                }

                Want(pools.Digital, random.Between(1, 3), SkillLevel.Beginner, SkillLevel.Beginner);
                break;
            default:
                Offer(pools.Digital, 1, SkillLevel.Intermediate, SkillLevel.Advanced);
                Offer(pools.Trade is { } craft && random.Chance(40) ? craft : pools.Strategic, 1, SkillLevel.Intermediate, SkillLevel.Advanced);
                Want(pools.Digital, 1, SkillLevel.Beginner, SkillLevel.Intermediate);
                Want(pools.Strategic, random.Between(0, 1), SkillLevel.Beginner, SkillLevel.Intermediate);
                break;
        }

        return (offers, wants);
    }

    private static SkillLevel Level(DemoRandom random, SkillLevel lowest, SkillLevel highest) =>
        (SkillLevel)random.Between((int)lowest, (int)highest);
}
