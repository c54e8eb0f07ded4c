using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.Employers;
using Network.Server.Geo;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Programmes;
using Network.Server.SkillsGaps;

namespace Network.Server.Webinars;

/// <summary>
/// Reads what came of a webinar: its registrants who held a seat or came, with their employer's sector and local authority, the
/// topics they want (a mentor's wanted skills, an employer's open gaps), and whether, after the webinar started, they enrolled in a
/// programme or were paired (for an employer, any of its mentors).
/// </summary>
public sealed class WebinarFollowUpReader(IDbContextFactory<NetworkDbContext> factory)
{
    public async Task<WebinarFollowUp> ReadAsync(Webinar webinar, CancellationToken cancellationToken) =>
        WebinarFollowUpFigures.Count(webinar.TopicSkillIds, await RegistrantsAsync(webinar, cancellationToken));

    /// <summary>The registrants the follow-up counts, before anything is withheld.</summary>
    public async Task<IReadOnlyList<WebinarFollowUpRegistrant>> RegistrantsAsync(Webinar webinar, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var registrations = await db.WebinarRegistrations.AsNoTracking()
            .Where(r => r.WebinarId == webinar.Id && (r.Status == WebinarRegistrationStatus.Registered || (r.Status == WebinarRegistrationStatus.Waitlisted && r.Attended == true)))
            .Select(r => new { r.MentorId, r.EmployerId, r.Status, r.Attended })
            .ToListAsync(cancellationToken);
        int[] mentorIds = [.. registrations.Select(r => r.MentorId).OfType<int>()];
        var mentorEmployers = await db.Mentors.AsNoTracking().Where(m => mentorIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.EmployerId, cancellationToken);
        int[] employerIds = [.. registrations.Select(r => r.EmployerId).OfType<int>().Concat(mentorEmployers.Values).Distinct()];
        var employers = await db.Employers.AsNoTracking().Where(e => employerIds.Contains(e.Id))
            .Select(e => new { e.Id, e.Sector, e.LocalAuthorityCode, e.LocalAuthorityName })
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var topics = webinar.TopicSkillIds;
        var wants = await db.WantedSkills.AsNoTracking().Where(w => mentorIds.Contains(w.MentorId) && topics.Contains(w.SkillId))
            .Select(w => new { w.MentorId, w.SkillId }).ToListAsync(cancellationToken);
        var gaps = await db.SkillsGaps.AsNoTracking().Where(g => employerIds.Contains(g.EmployerId) && g.Status == SkillsGapStatus.Open && topics.Contains(g.SkillId))
            .Select(g => new { g.EmployerId, g.SkillId }).ToListAsync(cancellationToken);
        var start = webinar.StartsAt;
        var enrolled = await db.ProgrammeEnrolments.AsNoTracking().Where(e => e.EnrolledAt >= start && (mentorIds.Contains(e.MentorId) || employerIds.Contains(e.EmployerId)))
            .Select(e => new { e.MentorId, e.EmployerId }).ToListAsync(cancellationToken);
        var paired = await db.Pairings.AsNoTracking()
            .Where(p => p.AcceptedAt >= start && (mentorIds.Contains(p.MentorAId) || mentorIds.Contains(p.MentorBId) || employerIds.Contains(p.EmployerAId) || employerIds.Contains(p.EmployerBId)))
            .Select(p => new { p.MentorAId, p.MentorBId, p.EmployerAId, p.EmployerBId }).ToListAsync(cancellationToken);

        return [.. registrations.Select(r =>
        {
            var employer = employers[r.EmployerId ?? mentorEmployers[r.MentorId!.Value]];
            var wanted = r.MentorId is { } mentor
                ? wants.Where(w => w.MentorId == mentor).Select(w => w.SkillId)
                : gaps.Where(g => g.EmployerId == employer.Id).Select(g => g.SkillId);
            return new WebinarFollowUpRegistrant(
                r.Status == WebinarRegistrationStatus.Registered,
                r.Attended == true,
                employer.Sector,
                PostcodeDirectory.Instance.FindLocalAuthority(employer.LocalAuthorityCode) ?? new LocalAuthority(employer.LocalAuthorityCode, employer.LocalAuthorityName, false),
                wanted.ToHashSet(),
                r.MentorId is { } m ? enrolled.Any(e => e.MentorId == m) : enrolled.Any(e => e.EmployerId == employer.Id),
                r.MentorId is { } p ? paired.Any(x => x.MentorAId == p || x.MentorBId == p) : paired.Any(x => x.EmployerAId == employer.Id || x.EmployerBId == employer.Id));
        })];
    }
}
