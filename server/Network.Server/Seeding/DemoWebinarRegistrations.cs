using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.Employers;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Programmes;
using Network.Server.SkillsGaps;
using Network.Server.Webinars;

namespace Network.Server.Seeding;

/// <summary>
/// Registrations for the demo's webinars, as <c>registerForWebinar</c> would take them: only eligible registrants
/// (<see cref="WebinarEligibility"/>), mentors who want a topic and employers with an open gap in one first, seats in the order
/// registered and the rest waitlisted; attendance on the held ones, and the notice on the cancelled one. Those who came to a held
/// webinar include the mentors who enrolled in a programme or were paired after it, so that its follow-up has figures to show.
/// </summary>
internal sealed class DemoWebinarRegistrations(NetworkDbContext db, DemoRandom random, DateTimeOffset now)
{
    public async Task<List<WebinarRegistration>> CreateAsync(Webinar webinar, int count, CancellationToken cancellationToken)
    {
        if (count == 0 || webinar.PublishedAt is not { } opened)
        {
            return [];
        }

        var employers = WebinarEligibility.IncludesEmployers(webinar.Audience)
            ? await EmployersAsync(webinar, WebinarEligibility.IncludesMentors(webinar.Audience) ? count / 3 : count, cancellationToken)
            : [];
        var (mentors, followed) = WebinarEligibility.IncludesMentors(webinar.Audience) ? await MentorsAsync(webinar, count - employers.Count, cancellationToken) : ([], []);
        var closes = Earlier(webinar.StartsAt, webinar.CancelledAt ?? now).AddHours(-1);
        var registrations = mentors.Select(id => New(webinar, id, null, TokenCommand.DefaultSubject(Role.Mentor, mentorId: id)))
            .Concat(employers.Select(id => New(webinar, null, id, TokenCommand.DefaultSubject(Role.EmployerAdmin, employerId: id))))
            .ToList();
        registrations.ForEach(r => r.RegisteredAt = r.UpdatedAt = random.Between(opened.AddHours(2), closes));
        registrations = [.. registrations.OrderBy(r => r.RegisteredAt)];
        for (var i = 0; i < registrations.Count; i++)
        {
            registrations[i].Status = i < webinar.Capacity ? WebinarRegistrationStatus.Registered : WebinarRegistrationStatus.Waitlisted;
        }

        if (webinar.Status == WebinarStatus.Completed)
        {
            foreach (var seated in registrations.Where(r => r.Status == WebinarRegistrationStatus.Registered))
            {
                seated.Attended = seated.MentorId is { } id && followed.Contains(id) || random.Chance(80);
                seated.UpdatedAt = webinar.EndsAt.AddHours(random.Between(1, 20));
            }
        }

        if (webinar.CancelledAt is { } cancelled)
        {
            registrations.ForEach(r => r.NoticeCancellation(cancelled));
        }

        return registrations;
    }

    private static WebinarRegistration New(Webinar webinar, int? mentorId, int? employerId, string subject) =>
        new() { WebinarId = webinar.Id, MentorId = mentorId, EmployerId = employerId, RegisteredBySubject = subject };

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => DemoMoments.Earlier(a, b);

    /// <summary>Employers in the webinar's sectors, those with an open gap in a topic first.</summary>
    private async Task<List<int>> EmployersAsync(Webinar webinar, int count, CancellationToken cancellationToken)
    {
        var sectors = webinar.Sectors;
        var topics = webinar.TopicSkillIds;
        var gaps = db.SkillsGaps;
        var candidates = await db.Employers.AsNoTracking()
            .Where(e => sectors.Contains(e.Sector) && e.CreatedAt < webinar.PublishedAt)
            .Select(e => new { e.Id, Gap = gaps.Any(g => g.EmployerId == e.Id && g.Status == SkillsGapStatus.Open && topics.Contains(g.SkillId)) })
            .OrderByDescending(e => e.Gap).ThenBy(e => e.Id)
            .Take(count * 2)
            .ToListAsync(cancellationToken);
        return Pick([.. candidates.Where(c => c.Gap).Select(c => c.Id)], [.. candidates.Where(c => !c.Gap).Select(c => c.Id)], count);
    }

    /// <summary>
    /// Active mentors, those who want a topic first; for a held webinar, first of all those who enrolled in a programme or were
    /// paired after it started (up to a third), as if it had brought them.
    /// </summary>
    private async Task<(List<int> Mentors, HashSet<int> Followed)> MentorsAsync(Webinar webinar, int count, CancellationToken cancellationToken)
    {
        var topics = webinar.TopicSkillIds;
        var start = webinar.StartsAt;
        var held = webinar.Status == WebinarStatus.Completed;
        var enrolments = db.ProgrammeEnrolments;
        var pairings = db.Pairings;
        var candidates = await db.Mentors.AsNoTracking()
            .Where(m => m.Status == MentorStatus.Active && m.CreatedAt < webinar.PublishedAt)
            .Select(m => new
            {
                m.Id,
                Followed = held && (enrolments.Any(e => e.MentorId == m.Id && e.EnrolledAt >= start)
                    || pairings.Any(p => (p.MentorAId == m.Id || p.MentorBId == m.Id) && p.AcceptedAt >= start)),
                Wants = m.Wants.Any(w => topics.Contains(w.SkillId)),
            })
            .OrderByDescending(m => m.Followed).ThenByDescending(m => m.Wants).ThenBy(m => m.Id)
            .Take(count * 3)
            .ToListAsync(cancellationToken);
        var followed = Pick([.. candidates.Where(c => c.Followed).Select(c => c.Id)], [], count / 3);
        var rest = candidates.Where(c => !followed.Contains(c.Id)).ToList();
        return ([.. followed, .. Pick([.. rest.Where(c => c.Wants).Select(c => c.Id)], [.. rest.Where(c => !c.Wants).Select(c => c.Id)], count - followed.Count)], [.. followed]);
    }

    /// <summary>Up to <paramref name="count"/> IDs at random, from <paramref name="first"/> before <paramref name="then"/>.</summary>
    private List<int> Pick(int[] first, int[] then, int count)
    {
        random.Shuffle(first);
        random.Shuffle(then);
        return [.. first.Concat(then).Take(count)];
    }
}
