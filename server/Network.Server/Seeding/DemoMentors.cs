using Network.Server.Employers;
using Network.Server.Mentors;

namespace Network.Server.Seeding;

/// <summary>
/// Generates the demo mentors employer by employer, lazily, so that a million of them stream to the
/// database without being held in memory. Every employer gets one mentor when there are enough to go
/// round; the rest go to employers in proportion to their size.
/// </summary>
internal static class DemoMentors
{
    private const int Seed = 20260902;

    private static readonly Weighted<CareerStage> Stages = new(
        (CareerStage.Early, 40), (CareerStage.Mid, 30), (CareerStage.Senior, 30));

    private static readonly Weighted<MentoringFormat> Formats = new(
        (MentoringFormat.Hybrid, 45), (MentoringFormat.Online, 30), (MentoringFormat.InPerson, 25));

    private static readonly Weighted<int> Capacities = new((1, 40), (2, 40), (3, 20));

    private static readonly int[] TravelLimitsKm = [5, 10, 15, 20, 25, 30, 40];

    private static readonly Availability[] Slots = Enum.GetValues<Availability>();

    public static IEnumerable<Mentor> Generate(IReadOnlyList<Employer> employers, int count, int firstId, DateTimeOffset today)
    {
        var random = new DemoRandom(Seed);
        var perEmployer = Allocate(employers, count, random);
        var id = firstId;
        for (var e = 0; e < employers.Count; e++)
        {
            var emails = new HashSet<string>(StringComparer.Ordinal);
            for (var n = 0; n < perEmployer[e]; n++)
            {
                yield return Create(employers[e], id++, random, emails, today);
            }
        }
    }

    private static Mentor Create(Employer employer, int id, DemoRandom random, HashSet<string> emails, DateTimeOffset today)
    {
        var stage = Stages.PickWith(random);
        var firstName = random.Pick(DemoPeople.FirstNames);
        var initial = random.Pick(DemoPeople.Initials);
        var created = random.Between(employer.CreatedAt, today.AddDays(-1));
        DateTimeOffset? withdrawn = random.Chance(5) ? random.Between(created, today) : null;
        var (offers, wants) = DemoMentorSkills.For(stage, employer.Sector, random, id);
        return new Mentor
        {
            Id = id,
            EmployerId = employer.Id,
            DisplayName = $"{firstName} {initial}.",
            Email = UniqueEmail($"{firstName}.{initial}".ToLowerInvariant(), DemoEmployers.Domain(employer), emails),
            JobTitle = DemoPeople.JobTitle(random, stage, employer.Sector),
            CareerStage = stage,
            Capacity = Capacities.PickWith(random),
            Format = Formats.PickWith(random),
            MaxTravelKm = random.Pick(TravelLimitsKm),
            Availability = AvailabilityOf(random),
            Postcode = DemoEmployers.Outcode(employer),
            Location = employer.Location,
            LocalAuthorityCode = employer.LocalAuthorityCode,
            Status = withdrawn is null ? MentorStatus.Active : MentorStatus.Withdrawn,
            Offers = offers,
            Wants = wants,
            CreatedAt = created,
            UpdatedAt = withdrawn ?? created,
            WithdrawnAt = withdrawn,
        };
    }

    private static int[] Allocate(IReadOnlyList<Employer> employers, int count, DemoRandom random)
    {
        var counts = new int[employers.Count];
        var remaining = count;
        if (count >= employers.Count)
        {
            Array.Fill(counts, 1);
            remaining -= employers.Count;
        }

        var cumulative = new int[employers.Count];
        var total = 0;
        for (var i = 0; i < employers.Count; i++)
        {
            total += employers[i].Size switch { SizeBand.Micro => 1, SizeBand.Small => 3, SizeBand.Medium => 6, _ => 10 };
            cumulative[i] = total;
        }

        for (; remaining > 0; remaining--)
        {
            // The first employer whose running total exceeds the draw.
            var draw = random.Between(0, total - 1);
            var index = Array.BinarySearch(cumulative, draw);
            counts[index < 0 ? ~index : index + 1]++;
        }

        return counts;
    }

    private static List<Availability> AvailabilityOf(DemoRandom random)
    {
        var chosen = new HashSet<Availability>();
        for (var wanted = random.Between(1, 3); chosen.Count < wanted;)
        {
            chosen.Add(random.Pick(Slots));
        }

        return [.. chosen.Order()];
    }

    private static string UniqueEmail(string localPart, string domain, HashSet<string> taken)
    {
        var email = $"{localPart}@{domain}";
        for (var n = 2; !taken.Add(email); n++)
        {
            email = $"{localPart}{n}@{domain}";
        }

        return email;
    }
}
