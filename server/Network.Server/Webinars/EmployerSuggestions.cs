using System.Globalization;
using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.Employers;
using Network.Server.SkillsGaps;

namespace Network.Server.Webinars;

/// <summary>
/// Employers with open gaps in a webinar's topics, ranked in SQL: gaps by severity, hard-to-fill vacancies and,
/// in person, the distance to the venue. The reasons are read for the page only.
/// </summary>
internal static class EmployerSuggestions
{
    /// <summary>The rank, as SQL computes it; <see cref="AddReasonsAsync"/> gives the same score as the sum of the reasons' points.</summary>
    public static readonly Expression<Func<SuggestedEmployer, double>> Score = s =>
        (4.0 * s.Critical) + (3.0 * s.High) + (2.0 * s.Medium) + s.Low
        + (WebinarParticipants.HardToFillPoints * Math.Min(s.HardToFillVacancies, WebinarParticipants.MaxHardToFillCounted))
        - ((s.DistanceMetres ?? 0) / 1000 / WebinarParticipants.KmPerPoint);

    /// <summary>Every employer (of the webinar's sectors, when it names some) with an open gap in its topics, within <paramref name="withinKm"/> of an in-person venue when given.</summary>
    public static IQueryable<SuggestedEmployer> Query(NetworkDbContext db, Webinar webinar, double? withinKm)
    {
        var webinarId = webinar.Id;
        var invitations = db.WebinarInvitations;
        var registrations = db.WebinarRegistrations;
        var venue = webinar.Location;

        // One pass over the gaps, grouped by employer, then joined to the employers: no subquery per figure.
        var figures = OpenGapsInTopics(db, webinar).GroupBy(g => g.EmployerId).Select(employer => new
        {
            EmployerId = employer.Key,
            Count = employer.Count(),
            Critical = employer.Count(g => g.Severity == SkillsGapSeverity.Critical),
            High = employer.Count(g => g.Severity == SkillsGapSeverity.High),
            Medium = employer.Count(g => g.Severity == SkillsGapSeverity.Medium),
            Low = employer.Count(g => g.Severity == SkillsGapSeverity.Low),
            Vacancies = employer.Sum(g => g.HardToFillVacancies),
        });
        var employers = db.Employers.AsQueryable();
        if (venue is not null && withinKm is { } km)
        {
            employers = employers.Where(e => e.Location.IsWithinDistance(venue, km * 1000));
        }

        return figures.Join(employers, f => f.EmployerId, e => e.Id, (f, e) => new SuggestedEmployer
        {
            EmployerId = e.Id,
            Sector = e.Sector,
            OpenGapCount = f.Count,
            Critical = f.Critical,
            High = f.High,
            Medium = f.Medium,
            Low = f.Low,
            HardToFillVacancies = f.Vacancies,

            // Null online: PostGIS measures nothing against a null venue.
            DistanceMetres = (double?)e.Location.Distance(venue!),
            InvitationId = invitations.Where(i => i.WebinarId == webinarId && i.EmployerId == e.Id).Select(i => (int?)i.Id).FirstOrDefault(),
            RegistrationStatus = registrations
                .Where(r => r.WebinarId == webinarId && r.EmployerId == e.Id && (r.Status == WebinarRegistrationStatus.Registered || r.Status == WebinarRegistrationStatus.Waitlisted))
                .Select(r => (WebinarRegistrationStatus?)r.Status).FirstOrDefault(),
        });
    }

    /// <summary>Explains each employer of the page, gap by gap, and sets its score to the sum of the reasons' points.</summary>
    public static async Task AddReasonsAsync(NetworkDbContext db, Webinar webinar, IReadOnlyList<SuggestedEmployer> page, CancellationToken cancellationToken)
    {
        var ids = page.Select(p => p.EmployerId).ToList();
        var gaps = await OpenGapsInTopics(db, webinar).Where(g => ids.Contains(g.EmployerId))
            .Select(g => new { g.EmployerId, g.SkillId, Skill = g.Skill!.Name, g.Severity, g.HardToFillVacancies, g.Sector })
            .ToListAsync(cancellationToken);
        foreach (var employer in page)
        {
            var own = gaps.Where(g => g.EmployerId == employer.EmployerId).ToList();
            var reasons = new List<ParticipantReason>();
            foreach (var skill in webinar.TopicSkillIds.Select(id => own.Where(g => g.SkillId == id).ToList()).Where(s => s.Count > 0))
            {
                var worst = Name(skill.Max(g => g.Severity));
                var text = skill.Count == 1 ? $"An open {worst} gap in {skill[0].Skill}" : $"{skill.Count} open gaps in {skill[0].Skill}, the worst {worst}";
                reasons.Add(new(ParticipantReasonKind.OpenGap, text, skill.Sum(g => WebinarParticipants.SeverityPoints(g.Severity)), skill[0].SkillId));
            }

            if (employer.HardToFillVacancies > 0)
            {
                var counted = Math.Min(employer.HardToFillVacancies, WebinarParticipants.MaxHardToFillCounted);
                var text = $"{employer.HardToFillVacancies} hard-to-fill vacancies in these gaps" +
                    (counted < employer.HardToFillVacancies ? $" (the first {counted} count)" : string.Empty);
                reasons.Add(new(ParticipantReasonKind.HardToFill, text, WebinarParticipants.HardToFillPoints * counted));
            }

            if (webinar.Sectors.Count > 0)
            {
                reasons.Add(new(ParticipantReasonKind.Sector, $"It is in {Name(employer.Sector)}, which the webinar is for", 0));
            }

            if (employer.DistanceMetres is { } metres)
            {
                var km = metres / 1000;
                reasons.Add(new(ParticipantReasonKind.Distance, $"{km.ToString("0.0", CultureInfo.InvariantCulture)} km from the venue", -km / WebinarParticipants.KmPerPoint));
            }

            employer.Reasons = reasons;
            employer.Score = reasons.Sum(r => r.Points);
        }
    }

    private static IQueryable<SkillsGap> OpenGapsInTopics(NetworkDbContext db, Webinar webinar)
    {
        var topics = webinar.TopicSkillIds;
        var sectors = webinar.Sectors;
        var anySector = sectors.Count == 0;
        // The employer's own sector, as registration asks (WebinarEligibility), so that no one suggested is refused on accepting.
        return db.SkillsGaps.Where(g => g.Status == SkillsGapStatus.Open && topics.Contains(g.SkillId) && (anySector || sectors.Contains(g.Employer!.Sector)));
    }

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToConstantCase();
}
