using Network.Server.Skills;
using Network.Server.Webinars;
using Npgsql;

namespace Network.Server.Insights;

/// <summary>
/// Reads what the figures count, straight from the tables and streamed row by row (a million mentors are never held
/// at once), into an <see cref="InsightCube"/>. Each query takes only what can count in the window; each takes two
/// parameters, now and the start of the window.
/// </summary>
internal static class InsightFacts
{
    /// <summary>
    /// The open skills gaps that count in the window, ordered by employer so that an employer with several gaps in a cell
    /// counts once among those reporting gaps.
    /// </summary>
    internal const string GapsSql = """
        SELECT g.employer_id, e.local_authority_code, g.sector, g.skill_id, g.severity, g.hard_to_fill_vacancies, g.published_at, g.closed_at
        FROM skills_gaps g JOIN employers e ON e.id = g.employer_id
        WHERE g.published_at <= $1 AND (g.closed_at IS NULL OR g.closed_at > $2)
        ORDER BY g.employer_id
        """;

    /// <summary>The mentors that count in the window, with the skills they offer and want.</summary>
    internal const string MentorsSql = """
        SELECT m.id, m.employer_id, m.local_authority_code, e.sector, m.created_at, m.withdrawn_at,
               ARRAY(SELECT o.skill_id FROM mentor_offered_skills o WHERE o.mentor_id = m.id),
               ARRAY(SELECT w.skill_id FROM mentor_wanted_skills w WHERE w.mentor_id = m.id)
        FROM mentors m JOIN employers e ON e.id = m.employer_id
        WHERE m.created_at <= $1 AND (m.withdrawn_at IS NULL OR m.withdrawn_at > $2)
        """;

    /// <summary>
    /// The pairings accepted that count in the window, with both sides' places and sectors, their skills and whether skills
    /// flow both ways.
    /// </summary>
    internal const string PairingsSql = """
        SELECT p.employer_a_id, p.employer_b_id, ma.local_authority_code, mb.local_authority_code, ea.sector, eb.sector,
               p.accepted_at, p.activated_at, coalesce(p.completed_at, p.ended_at), p.completed_at,
               ARRAY(SELECT DISTINCT s.skill_id FROM pairing_skills s WHERE s.pairing_id = p.id),
               (SELECT count(DISTINCT s.teacher) = 2 FROM pairing_skills s WHERE s.pairing_id = p.id)
        FROM pairings p
        JOIN mentors ma ON ma.id = p.mentor_a_id JOIN mentors mb ON mb.id = p.mentor_b_id
        JOIN employers ea ON ea.id = p.employer_a_id JOIN employers eb ON eb.id = p.employer_b_id
        WHERE p.accepted_at IS NOT NULL AND p.accepted_at <= $1 AND coalesce(p.completed_at, p.ended_at, 'infinity') > $2
        """;

    /// <summary>The seats held at webinars in the window.</summary>
    internal static readonly string RegistrationsSql = $"""
        SELECT e.id, coalesce(m.local_authority_code, e.local_authority_code), e.sector, w.topic_skill_ids, w.starts_at, r.attended
        FROM webinar_registrations r
        JOIN webinars w ON w.id = r.webinar_id
        LEFT JOIN mentors m ON m.id = r.mentor_id
        JOIN employers e ON e.id = coalesce(m.employer_id, r.employer_id)
        WHERE r.status = {(int)WebinarRegistrationStatus.Registered} AND w.status <> {(int)WebinarStatus.Cancelled}
          AND w.starts_at <= $1 AND w.starts_at >= $2
        """;

    public static async Task ReadAsync(NpgsqlConnection connection, InsightCube cube, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var what = new InsightContribution(cube.Axes, asOf);
        var windowStart = new DateTimeOffset(cube.Axes.FirstMonth, TimeOnly.MinValue, TimeSpan.Zero);
        await ReadGapsAsync(connection, cube, what, asOf, windowStart, cancellationToken);
        await ReadMentorsAsync(connection, cube, what, asOf, windowStart, cancellationToken);
        await ReadPairingsAsync(connection, cube, what, asOf, windowStart, cancellationToken);
        await ReadRegistrationsAsync(connection, cube, what, asOf, windowStart, cancellationToken);
    }

    private static async Task ReadGapsAsync(NpgsqlConnection connection, InsightCube cube, InsightContribution what, DateTimeOffset asOf, DateTimeOffset windowStart, CancellationToken cancellationToken)
    {
        await using var reader = await Query(connection, GapsSql, asOf, windowStart).ExecuteReaderAsync(cancellationToken);
        var skill = new int[1];
        while (await reader.ReadAsync(cancellationToken))
        {
            var employer = reader.GetInt32(0);
            skill[0] = reader.GetInt32(3);
            what.Clear().In(reader.GetString(1)).In((Sector)reader.GetInt32(2)).About(skill)
                .Held(reader.GetFieldValue<DateTimeOffset>(6), reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7));
            cube.Add(InsightMeasure.OpenSkillsGaps, what, 1, employer);
            cube.Add(InsightMeasureShape.Severities[reader.GetInt32(4)], what, 1, employer);
            cube.Add(InsightMeasure.HardToFillVacancies, what, reader.GetInt32(5), employer);
            cube.AddDistinct(InsightMeasure.EmployersReportingGaps, what, employer, employer);
        }
    }

    private static async Task ReadMentorsAsync(NpgsqlConnection connection, InsightCube cube, InsightContribution what, DateTimeOffset asOf, DateTimeOffset windowStart, CancellationToken cancellationToken)
    {
        await using var reader = await Query(connection, MentorsSql, asOf, windowStart).ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var employer = reader.GetInt32(1);
            DateTimeOffset? withdrawn = reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5);
            foreach (var (column, measure) in new[] { (6, InsightMeasure.MentorsOffering), (7, InsightMeasure.MentorsWanting) })
            {
                var skills = reader.GetFieldValue<int[]>(column);
                if (skills.Length > 0)
                {
                    what.Clear().In(reader.GetString(2)).In((Sector)reader.GetInt32(3)).About(skills).Held(reader.GetFieldValue<DateTimeOffset>(4), withdrawn);
                    cube.Add(measure, what, 1, employer);
                }
            }
        }
    }

    private static async Task ReadPairingsAsync(NpgsqlConnection connection, InsightCube cube, InsightContribution what, DateTimeOffset asOf, DateTimeOffset windowStart, CancellationToken cancellationToken)
    {
        await using var reader = await Query(connection, PairingsSql, asOf, windowStart).ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var (a, b) = (reader.GetInt32(0), reader.GetInt32(1));
            DateTimeOffset? At(int column) => reader.IsDBNull(column) ? null : reader.GetFieldValue<DateTimeOffset>(column);
            var skills = reader.GetFieldValue<int[]>(10);
            InsightContribution Place() =>
                what.Clear().In(reader.GetString(2)).In(reader.GetString(3)).In((Sector)reader.GetInt32(4)).In((Sector)reader.GetInt32(5)).About(skills);

            var accepted = At(6);
            cube.Add(InsightMeasure.PairingsFormed, Place().Happened(accepted), 1, a, b);
            if (reader.GetBoolean(11))
            {
                cube.Add(InsightMeasure.TwoWayPairings, Place().Happened(accepted), 1, a, b);
            }

            if (At(7) is { } activated)
            {
                cube.Add(InsightMeasure.PairingsActive, Place().Held(activated, At(8)), 1, a, b);
            }

            cube.Add(InsightMeasure.PairingsCompleted, Place().Happened(At(9)), 1, a, b);
        }
    }

    private static async Task ReadRegistrationsAsync(NpgsqlConnection connection, InsightCube cube, InsightContribution what, DateTimeOffset asOf, DateTimeOffset windowStart, CancellationToken cancellationToken)
    {
        await using var reader = await Query(connection, RegistrationsSql, asOf, windowStart).ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var employer = reader.GetInt32(0);
            what.Clear().In(reader.GetString(1)).In((Sector)reader.GetInt32(2)).About(reader.GetFieldValue<int[]>(3)).Happened(reader.GetFieldValue<DateTimeOffset>(4));
            cube.Add(InsightMeasure.WebinarRegistrations, what, 1, employer);
            if (reader.GetBoolean(5))
            {
                cube.Add(InsightMeasure.WebinarAttendance, what, 1, employer);
            }
        }
    }

    internal static NpgsqlCommand Query(NpgsqlConnection connection, string sql, DateTimeOffset asOf, DateTimeOffset windowStart) =>
        new(sql, connection) { Parameters = { new() { Value = asOf.UtcDateTime }, new() { Value = windowStart.UtcDateTime } } };
}
