namespace Network.Benchmarks.Production;

/// <summary>
/// The README's partner and organiser example queries (its "A regional partner: where are the gaps?" and "A webinar
/// organiser: who should come?"), with their literal arguments turned into variables so that the workload can vary them;
/// and the two mutations a front end sends again and again without the database growing: an employer's admin rewording
/// a skills gap, an organiser rewording a webinar.
/// </summary>
internal static class ProductionQueries
{
    public const string GapsNear = """
        query GapsNear($postcode: String!, $radiusKm: Float!, $sector: Sector!) {
          skillsGaps(
            near: { origin: { postcode: $postcode }, radiusKm: $radiusKm }
            where: { status: { eq: OPEN }, sector: { eq: $sector } }
            order: [{ severity: DESC }, { distanceKm: ASC }]
            first: 20
          ) {
            totalCount
            nodes {
              severity
              hardToFillVacancies
              distanceKm
              skill { name category }
              employer { name localAuthority { code name } }
            }
          }
        }
        """;

    public const string GapsInAuthority = """
        query GapsInAuthority($sector: Sector!, $authority: String!) {
          skillsGaps(
            where: {
              sector: { eq: $sector }
              severity: { in: [HIGH, CRITICAL] }
              employer: { localAuthorityCode: { eq: $authority } }
            }
            order: [{ hardToFillVacancies: DESC }]
          ) {
            totalCount
            nodes { skill { name } hardToFillVacancies employer { name postcode } }
          }
        }
        """;

    public const string MentorsForWebinar = """
        query MentorsForWebinar($postcode: String!, $radiusKm: Float!, $slugs: [String!]!) {
          mentors(
            near: { origin: { postcode: $postcode }, radiusKm: $radiusKm }
            where: { offers: { some: { skill: { slug: { in: $slugs } } } } }
            order: [{ distanceKm: ASC }]
          ) {
            nodes {
              id
              careerStage
              distanceKm
              employer { name sector website }
              offers { level skill { name } }
              wants { skill { name } }
            }
          }
        }
        """;

    public const string EmployersWithGap = """
        query EmployersWithGap($postcode: String!, $radiusKm: Float!, $slug: String!) {
          employers(
            near: { origin: { postcode: $postcode }, radiusKm: $radiusKm }
            where: { skillsGaps: { some: { status: { eq: OPEN }, skill: { slug: { eq: $slug } } } } }
          ) {
            nodes { name size distanceKm website }
          }
        }
        """;

    public const string UpdateSkillsGap = """
        mutation UpdateSkillsGap($id: ID!, $description: String!) {
          updateSkillsGap(input: { skillsGapId: $id, description: $description }) {
            skillsGap { id description }
            errors { ... on Error { message } }
          }
        }
        """;

    public const string UpdateWebinar = """
        mutation UpdateWebinar($id: ID!, $description: String!) {
          updateWebinar(input: { webinarId: $id, description: $description }) {
            webinar { id description }
            errors { ... on Error { message } }
          }
        }
        """;
}
