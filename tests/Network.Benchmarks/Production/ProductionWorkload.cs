using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Network.Server.Data;
using Network.Server.Employers;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Seeding;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Webinars;

namespace Network.Benchmarks.Production;

/// <summary>
/// The mixed workload: of every five requests four are reads (the README's partner and organiser queries in turn, as
/// their callers) and one a mutation (rewording a skills gap as its employer's admin, or a webinar as its organiser,
/// in turn: the demo's upcoming webinars and those <see cref="BenchmarkWebinars"/> makes). Arguments vary at random over the region's towns, radii, sectors, authorities and skills, so that
/// answers differ; descriptions cycle through a few texts, so that rows change in place and nothing accumulates.
/// </summary>
internal sealed class ProductionWorkload
{
    private const int ReadsPerMutation = 4;

    private static readonly string[] Postcodes = ["CV1", "B1", "WV1", "DY1", "WS1", "B91", "CV34", "B70", "B90", "WV10", "CV11", "B15", "WS10", "DY5", "B37", "CV21"];
    private static readonly double[] Radii = [10, 15, 20];
    private static readonly string[] Sectors = ["ICT_DIGITAL", "CONSTRUCTION", "ENGINEERING_MANUFACTURING"];
    private static readonly string[] Revisions = ["Hard to recruit locally", "Needed for a contract starting next quarter", "Cover for a retiring specialist"];

    private readonly string[] _authorities;
    private readonly string[] _slugs;
    private readonly (string Id, string Token)[] _gaps;
    private readonly (string Id, string Token)[] _webinars;
    private readonly string _partner;
    private readonly string _organiser;
    private long _next = -1;

    private ProductionWorkload(string[] authorities, string[] slugs, (string Id, string Token)[] gaps, (string Id, string Token)[] webinars, string partner, string organiser)
    {
        _authorities = authorities;
        _slugs = slugs;
        _gaps = gaps;
        _webinars = webinars;
        _partner = partner;
        _organiser = organiser;
    }

    public string Describe => $"{_gaps.Length} open skills gaps to reword (each as its employer's admin), {_webinars.Length} upcoming webinars (each as its organiser; {BenchmarkWebinars.Organisers * BenchmarkWebinars.WebinarsEach} of them made for the run), "
        + $"{_authorities.Length} local authorities, {_slugs.Length} skills, {Postcodes.Length} towns";

    /// <summary>Reads what the requests vary over from the seeded database, and mints each caller's token with the servers' signing key.</summary>
    public static async Task<ProductionWorkload> CreateAsync(string connectionString, string signingKey, Uri server)
    {
        var issuer = new TokenIssuer(Options.Create(new NetworkAuthenticationOptions { SigningKey = signingKey }), TimeProvider.System);
        var lifetime = TimeSpan.FromDays(2);
        var options = new DbContextOptionsBuilder<NetworkDbContext>().UseNetworkDatabase(connectionString).Options;
        await using var db = new NetworkDbContext(options);
        var authorities = await db.Employers.Select(e => e.LocalAuthorityCode).Distinct().OrderBy(c => c).ToArrayAsync();
        var skills = await db.Skills.OrderBy(s => s.Id).Select(s => new { s.Id, s.Slug }).ToArrayAsync();
        var gaps = await db.SkillsGaps.Where(g => g.Status == SkillsGapStatus.Open).OrderBy(g => g.Id).Select(g => new { g.Id, g.EmployerId }).ToArrayAsync();

        // Upcoming for at least a week, so that a long soak never reaches a webinar's start.
        var upcoming = DateTimeOffset.UtcNow.AddDays(7);
        var webinars = await db.Webinars
            .Where(w => (w.Status == WebinarStatus.Draft || w.Status == WebinarStatus.Published) && w.StartsAt > upcoming && w.OrganiserSubject == WebinarSeeder.OrganiserSubject)
            .OrderBy(w => w.Id).Select(w => w.Id).ToArrayAsync();
        if (gaps.Length == 0 || webinars.Length == 0)
        {
            throw new InvalidOperationException($"The workload needs open skills gaps and upcoming webinars; the database has {gaps.Length} and {webinars.Length}.");
        }

        var organiser = issuer.Issue(TokenCommand.DefaultSubject(Role.Organiser), [Role.Organiser], lifetime: lifetime);
        var created = await BenchmarkWebinars.CreateAsync(server, issuer, [.. skills.Take(2).Select(s => GlobalId.Serialize("Skill", s.Id))], lifetime);
        return new ProductionWorkload(
            authorities,
            [.. skills.Select(s => s.Slug)],
            [.. gaps.Select(g => (GlobalId.Serialize("SkillsGap", g.Id),
                issuer.Issue(TokenCommand.DefaultSubject(Role.EmployerAdmin, employerId: g.EmployerId), [Role.EmployerAdmin], employerId: g.EmployerId, lifetime: lifetime)))],
            [.. webinars.Select(id => (GlobalId.Serialize("Webinar", id), organiser)), .. created],
            issuer.Issue(TokenCommand.DefaultSubject(Role.Partner), [Role.Partner], lifetime: lifetime),
            organiser);
    }

    /// <summary>The next request of the mix; safe to call from many clients at once.</summary>
    public ProductionRequest Next()
    {
        var n = Interlocked.Increment(ref _next);
        var turn = n / (ReadsPerMutation + 1);
        var slot = n % (ReadsPerMutation + 1);
        var random = Random.Shared;
        return slot == ReadsPerMutation
            ? (turn % 2 == 0 ? RewordGap(random, turn) : RewordWebinar(random, turn))
            : (((turn * ReadsPerMutation) + slot) % 4) switch
            {
                0 => new ProductionRequest("gaps near a town (anonymous)", false, ProductionQueries.GapsNear, new Dictionary<string, object>
                {
                    ["postcode"] = Pick(random, Postcodes),
                    ["radiusKm"] = Pick(random, Radii),
                    ["sector"] = Pick(random, Sectors),
                }, null, "skillsGaps"),
                1 => new ProductionRequest("gaps in an authority (PARTNER)", false, ProductionQueries.GapsInAuthority, new Dictionary<string, object>
                {
                    ["sector"] = Pick(random, Sectors),
                    ["authority"] = Pick(random, _authorities),
                }, _partner, "skillsGaps"),
                2 => new ProductionRequest("mentors for a webinar (ORGANISER)", false, ProductionQueries.MentorsForWebinar, new Dictionary<string, object>
                {
                    ["postcode"] = Pick(random, Postcodes),
                    ["radiusKm"] = Pick(random, Radii),
                    ["slugs"] = new[] { Pick(random, _slugs), Pick(random, _slugs) },
                }, _organiser, "mentors"),
                _ => new ProductionRequest("employers with a gap (ORGANISER)", false, ProductionQueries.EmployersWithGap, new Dictionary<string, object>
                {
                    ["postcode"] = Pick(random, Postcodes),
                    ["radiusKm"] = Pick(random, Radii),
                    ["slug"] = Pick(random, _slugs),
                }, _organiser, "employers"),
            };
    }

    private ProductionRequest RewordGap(Random random, long turn)
    {
        var (id, token) = Pick(random, _gaps);
        return new ProductionRequest("updateSkillsGap (EMPLOYER_ADMIN)", true, ProductionQueries.UpdateSkillsGap, new Dictionary<string, object>
        {
            ["id"] = id,
            ["description"] = Revisions[turn % Revisions.Length],
        }, token, "updateSkillsGap");
    }

    private ProductionRequest RewordWebinar(Random random, long turn)
    {
        var (id, token) = Pick(random, _webinars);
        return new ProductionRequest("updateWebinar (ORGANISER)", true, ProductionQueries.UpdateWebinar, new Dictionary<string, object>
        {
            ["id"] = id,
            ["description"] = Revisions[turn % Revisions.Length],
        }, token, "updateWebinar");
    }

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];
}
