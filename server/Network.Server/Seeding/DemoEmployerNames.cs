using System.Text;
using Network.Server.Skills;

namespace Network.Server.Seeding;

/// <summary>Names for generated employers, in the style of the region's SMEs, and the web domains made from them.</summary>
internal static class DemoEmployerNames
{
    private static readonly string[] Surnames =
    [
        "Patel", "Hughes", "Khan", "Davies", "Singh", "Evans", "Morris", "Kaur", "Turner", "Walker",
        "Ahmed", "Price", "Bennett", "Hussain", "Cooper", "Mitchell", "Sandhu", "Lloyd", "Nowak", "Clarke",
    ];

    private static readonly Dictionary<Sector, (string[] Qualifiers, string[] Nouns)> Parts = new()
    {
        [Sector.EngineeringManufacturing] = (
            ["Precision", "Advanced", "Automotive", "Aerospace", "Hydraulic", "Industrial", "Electrical", "Metal", "Rail", "Powertrain"],
            ["Engineering", "Components", "Fabrications", "Tooling", "Machining", "Castings", "Pressings", "Systems", "Technologies", "Manufacturing"]),
        [Sector.Construction] = (
            ["Eco", "Heritage", "Modular", "Civil", "Timber", "Net-Zero", "Premier", "Canalside", "Oak", "Greenfield"],
            ["Builders", "Construction", "Contractors", "Homes", "Developments", "Building Services", "Groundworks", "Renovations", "Retrofit", "Roofing"]),
        [Sector.IctDigital] = (
            ["Digital", "Data", "Cloud", "Cyber", "Software", "Web", "AI", "Code", "Pixel", "Smart"],
            ["Labs", "Studio", "Solutions", "Systems", "Works", "Consulting", "Collective", "Technologies", "Networks", "Analytics"]),
    };

    /// <summary>"Walsall Precision Castings", or now and then a family firm such as "Patel &amp; Hughes Construction".</summary>
    public static string Generate(DemoRandom random, Sector sector, string town)
    {
        var (qualifiers, nouns) = Parts[sector];
        if (random.Chance(20))
        {
            var first = random.Pick(Surnames);
            var second = random.Pick(Surnames);
            return first == second ? $"{first} Brothers {random.Pick(nouns)}" : $"{first} & {second} {random.Pick(nouns)}";
        }

        return $"{town} {random.Pick(qualifiers)} {random.Pick(nouns)}";
    }

    /// <summary>The name as a domain under the reserved <c>.example</c> top-level domain: "digbeth-data-labs.example".</summary>
    public static string Domain(string name)
    {
        var slug = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (c != '&' && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-') + ".example";
    }
}
