using System.Globalization;
using System.Text.Json;
using Network.Server.Employers;
using Network.Server.GraphQL.Relay;
using Network.Server.Skills;
using Network.Server.SkillsGaps;

namespace Network.Benchmarks.Peer;

/// <summary>
/// The two logical queries the peer comparison measures. Our enums are PostGraphile's integers (the columns store their
/// numbers), our global IDs its integer <c>id</c> columns, and our orderings spelled out where PostGraphile needs them:
/// we break ties by ID, and an employer's <c>skillsGaps</c> are most recent first.
/// </summary>
internal static class PeerQueries
{
    /// <summary>
    /// Three levels deep: a partner's list of the employers of one sector in a local authority, each with its skills
    /// gaps and each gap's skill.
    /// </summary>
    public static PeerQuery NestedRead(IReadOnlyList<string> authorities) => new(
        "nested: employers → skills gaps → skill",
        """
        query EmployersWithGaps($authority: String!, $sector: Sector!) {
          employers(where: { localAuthorityCode: { eq: $authority }, sector: { eq: $sector } }, order: [{ name: ASC }], first: 20) {
            nodes { id name size skillsGaps { severity hardToFillVacancies status skill { name category } } }
          }
        }
        """,
        """
        query EmployersWithGaps($authority: String!, $sector: Int!) {
          allEmployers(condition: { localAuthorityCode: $authority, sector: $sector }, orderBy: [NAME_ASC, ID_ASC], first: 20) {
            nodes {
              id name size
              skillsGapsByEmployerId(orderBy: [PUBLISHED_AT_DESC, ID_ASC]) {
                nodes { severity hardToFillVacancies status skillBySkillId { name category } }
              }
            }
          }
        }
        """,
        [.. Enum.GetValues<Sector>().SelectMany(sector => authorities.Select(authority => new PeerArguments(sector, authority)))],
        a => new Dictionary<string, object> { ["authority"] = a.Authority!, ["sector"] = GraphQLName(a.Sector) },
        a => new Dictionary<string, object> { ["authority"] = a.Authority!, ["sector"] = (int)a.Sector },
        data => Canonical(data.GetProperty("employers").GetProperty("nodes").EnumerateArray().Select(e => new object?[]
        {
            GlobalId.TryParse(e.GetProperty("id").GetString(), "Employer"),
            e.GetProperty("name").GetString(),
            Number<SizeBand>(e.GetProperty("size")),
            e.GetProperty("skillsGaps").EnumerateArray().Select(g => new object?[]
            {
                Number<SkillsGapSeverity>(g.GetProperty("severity")),
                g.GetProperty("hardToFillVacancies").GetInt32(),
                Number<SkillsGapStatus>(g.GetProperty("status")),
                g.GetProperty("skill").GetProperty("name").GetString(),
                Number<SkillCategory>(g.GetProperty("skill").GetProperty("category")),
            }).ToArray(),
        })),
        data => Canonical(data.GetProperty("allEmployers").GetProperty("nodes").EnumerateArray().Select(e => new object?[]
        {
            e.GetProperty("id").GetInt32(),
            e.GetProperty("name").GetString(),
            e.GetProperty("size").GetInt32(),
            e.GetProperty("skillsGapsByEmployerId").GetProperty("nodes").EnumerateArray().Select(g => new object?[]
            {
                g.GetProperty("severity").GetInt32(),
                g.GetProperty("hardToFillVacancies").GetInt32(),
                g.GetProperty("status").GetInt32(),
                g.GetProperty("skillBySkillId").GetProperty("name").GetString(),
                g.GetProperty("skillBySkillId").GetProperty("category").GetInt32(),
            }).ToArray(),
        })));

    /// <summary>A flat page: the 20 most severe open skills gaps of a sector, most hard-to-fill vacancies first, a few scalars each.</summary>
    public static PeerQuery FlatPage() => new(
        "flat: a page of 20 open skills gaps",
        """
        query OpenGaps($sector: Sector!) {
          skillsGaps(where: { status: { eq: OPEN }, sector: { eq: $sector } }, order: [{ severity: DESC }, { hardToFillVacancies: DESC }], first: 20) {
            nodes { id severity hardToFillVacancies publishedAt }
          }
        }
        """,
        """
        query OpenGaps($sector: Int!) {
          allSkillsGaps(condition: { status: 0, sector: $sector }, orderBy: [SEVERITY_DESC, HARD_TO_FILL_VACANCIES_DESC, ID_ASC], first: 20) {
            nodes { id severity hardToFillVacancies publishedAt }
          }
        }
        """,
        [.. Enum.GetValues<Sector>().Select(sector => new PeerArguments(sector, null))],
        a => new Dictionary<string, object> { ["sector"] = GraphQLName(a.Sector) },
        a => new Dictionary<string, object> { ["sector"] = (int)a.Sector },
        data => Canonical(data.GetProperty("skillsGaps").GetProperty("nodes").EnumerateArray().Select(g => new object?[]
        {
            GlobalId.TryParse(g.GetProperty("id").GetString(), "SkillsGap"),
            Number<SkillsGapSeverity>(g.GetProperty("severity")),
            g.GetProperty("hardToFillVacancies").GetInt32(),
            Instant(g.GetProperty("publishedAt")),
        })),
        data => Canonical(data.GetProperty("allSkillsGaps").GetProperty("nodes").EnumerateArray().Select(g => new object?[]
        {
            g.GetProperty("id").GetInt32(),
            g.GetProperty("severity").GetInt32(),
            g.GetProperty("hardToFillVacancies").GetInt32(),
            Instant(g.GetProperty("publishedAt")),
        })));

    /// <summary><c>IctDigital</c> → <c>ICT_DIGITAL</c>, as our schema names enum values.</summary>
    public static string GraphQLName<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? $"_{c}" : $"{c}")).ToUpperInvariant();

    /// <summary>The number stored for one of our enum values, which is what PostGraphile shows.</summary>
    public static int Number<T>(JsonElement value) where T : struct, Enum =>
        Convert.ToInt32(Enum.Parse<T>(value.GetString()!.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true), CultureInfo.InvariantCulture);

    /// <summary>An instant in UTC to the microsecond, PostgreSQL's precision, however each server writes the offset.</summary>
    private static string Instant(JsonElement value) =>
        DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static string Canonical(IEnumerable<object?[]> rows) => JsonSerializer.Serialize(rows.ToArray());
}
