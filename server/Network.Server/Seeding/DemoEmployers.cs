using NetTopologySuite.Geometries;
using Network.Server.Employers;
using Network.Server.Geo;
using Network.Server.Skills;
using Network.Server.SkillsGaps;

namespace Network.Server.Seeding;

/// <summary>
/// Builds the demo employers with their skills gaps: the sixty showcase SMEs first, then, for large
/// runs, generated ones spread over every postcode district, with the combined authority's districts
/// weighted double because that is where most of the region's employers are.
/// </summary>
internal static class DemoEmployers
{
    private const int Seed = 20260901;

    private static readonly Weighted<Sector> Sectors = new(
        (Sector.EngineeringManufacturing, 40), (Sector.Construction, 30), (Sector.IctDigital, 30));

    private static readonly Weighted<SizeBand> Sizes = new(
        (SizeBand.Micro, 35), (SizeBand.Small, 40), (SizeBand.Medium, 20), (SizeBand.Large, 5));

    public static (List<Employer> Employers, List<SkillsGap> Gaps) Generate(int count, int firstEmployerId, int firstGapId, DateTimeOffset today)
    {
        var random = new DemoRandom(Seed);
        var directory = PostcodeDirectory.Instance;
        var domains = new HashSet<string>(StringComparer.Ordinal);
        var points = new Dictionary<string, Point>(StringComparer.Ordinal);
        var slots = DistrictSlots(random);
        var employers = new List<Employer>(count);
        var gaps = new List<SkillsGap>();
        var gapId = firstGapId;
        for (var i = 0; i < count; i++)
        {
            var profile = i < DemoEmployerCatalogue.Showcase.Count
                ? DemoEmployerCatalogue.Showcase[i]
                : Invent(random, slots[(i - DemoEmployerCatalogue.Showcase.Count) % slots.Length]);
            var district = directory.FindDistrict(profile.Outcode)
                ?? throw new InvalidOperationException($"The demo postcode district {profile.Outcode} is not in the directory.");
            if (!points.TryGetValue(district.Outcode, out var point))
            {
                point = district.Centroid;
                points.Add(district.Outcode, point);
            }

            var created = random.Between(today.AddDays(-720), today.AddDays(-45));
            var employer = new Employer
            {
                Id = firstEmployerId + i,
                Name = profile.Name,
                Sector = profile.Sector,
                Size = profile.Size,
                Website = "https://" + UniqueDomain(profile.Name, domains),
                Postcode = $"{district.Outcode} {random.InwardCode()}",
                Location = point,
                LocalAuthorityCode = district.LocalAuthority.Code,
                LocalAuthorityName = district.LocalAuthority.Name,
                CreatedAt = created,
                UpdatedAt = created,
            };
            gaps.AddRange(DemoSkillsGaps.For(employer, random, today, ref gapId));
            employers.Add(employer);
        }

        return (employers, gaps);
    }

    /// <summary>The mail domain of a demo employer, taken from its website.</summary>
    public static string Domain(Employer employer) => employer.Website!["https://".Length..];

    /// <summary>The postcode district the employer sits in.</summary>
    public static string Outcode(Employer employer) => employer.Postcode[..employer.Postcode.IndexOf(' ', StringComparison.Ordinal)];

    private static DemoEmployerProfile Invent(DemoRandom random, PostcodeDistrict district)
    {
        var sector = Sectors.PickWith(random);
        return new DemoEmployerProfile(DemoEmployerNames.Generate(random, sector, district.Town), sector, Sizes.PickWith(random), district.Outcode);
    }

    /// <summary>Every district once, and the combined authority's twice, in a fixed shuffled order.</summary>
    private static PostcodeDistrict[] DistrictSlots(DemoRandom random)
    {
        var districts = PostcodeDirectory.Instance.Districts.OrderBy(d => d.Outcode, StringComparer.Ordinal).ToList();
        PostcodeDistrict[] slots = [.. districts, .. districts.Where(d => d.LocalAuthority.CombinedAuthority)];
        random.Shuffle(slots);
        return slots;
    }

    private static string UniqueDomain(string name, HashSet<string> taken)
    {
        var domain = DemoEmployerNames.Domain(name);
        var stem = domain[..^".example".Length];
        for (var n = 2; !taken.Add(domain); n++)
        {
            domain = $"{stem}-{n}.example";
        }

        return domain;
    }
}
