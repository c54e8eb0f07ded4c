using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.Employers;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.SkillsGaps;
using Network.Server.Webinars;

namespace Network.Server.Seeding;

/// <summary>
/// The organiser's invitations to a demo webinar, as <c>inviteToWebinar</c> would send them: eligible employers (in its sectors,
/// those with an open gap in a topic first) and active mentors (those who want a topic first) who have not registered. The first
/// mentor accepted and took a place as <c>respondToWebinarInvitation</c> gives one (a seat while any is free, the waiting list after);
/// the first employer declined; the rest have not answered.
/// </summary>
internal sealed class DemoWebinarInvitations(NetworkDbContext db, DemoRandom random, DateTimeOffset now)
{
    public async Task<List<WebinarInvitation>> CreateAsync(Webinar webinar, int employerCount, int mentorCount, CancellationToken cancellationToken)
    {
        if (employerCount + mentorCount == 0 || webinar.PublishedAt is not { } opened || !webinar.TakesRegistrations(now))
        {
            return [];
        }

        var registrations = await db.WebinarRegistrations.Where(r => r.WebinarId == webinar.Id).ToListAsync(cancellationToken);
        var registeredEmployers = registrations.Select(r => r.EmployerId).OfType<int>().ToHashSet();
        var registeredMentors = registrations.Select(r => r.MentorId).OfType<int>().ToHashSet();
        var employers = WebinarEligibility.IncludesEmployers(webinar.Audience) ? await EmployersAsync(webinar, registeredEmployers, employerCount, cancellationToken) : [];
        var mentors = WebinarEligibility.IncludesMentors(webinar.Audience) ? await MentorsAsync(webinar, registeredMentors, mentorCount, cancellationToken) : [];
        // Sent within two days of publishing, answered since; never after now.
        var invitedAt = random.Between(opened, DemoMoments.Earlier(opened.AddDays(2), DemoMoments.Later(opened, now)));
        var answeredBy = DemoMoments.Later(invitedAt, now);
        var invitations = employers.Select(id => New(webinar, null, id, invitedAt))
            .Concat(mentors.Select(id => New(webinar, id, null, invitedAt)))
            .ToList();

        if (invitations.FirstOrDefault(i => i.MentorId is not null) is { MentorId: { } mentorId } accepted)
        {
            Answer(accepted, WebinarInvitationStatus.Accepted, random.Between(invitedAt, answeredBy));
            var taken = registrations.Count(r => r.Status == WebinarRegistrationStatus.Registered);
            db.WebinarRegistrations.Add(new WebinarRegistration
            {
                WebinarId = webinar.Id,
                MentorId = mentorId,
                Status = taken < webinar.Capacity ? WebinarRegistrationStatus.Registered : WebinarRegistrationStatus.Waitlisted,
                RegisteredAt = accepted.RespondedAt!.Value,
                RegisteredBySubject = TokenCommand.DefaultSubject(Role.Mentor, mentorId: mentorId),
                UpdatedAt = accepted.RespondedAt!.Value,
            });
        }

        if (invitations.FirstOrDefault(i => i.EmployerId is not null) is { } declined)
        {
            Answer(declined, WebinarInvitationStatus.Declined, random.Between(invitedAt, answeredBy));
        }

        return invitations;
    }

    private static WebinarInvitation New(Webinar webinar, int? mentorId, int? employerId, DateTimeOffset at) => new()
    {
        WebinarId = webinar.Id,
        MentorId = mentorId,
        EmployerId = employerId,
        Status = WebinarInvitationStatus.Invited,
        InvitedAt = at,
        InvitedBySubject = webinar.OrganiserSubject,
        UpdatedAt = at,
    };

    private static void Answer(WebinarInvitation invitation, WebinarInvitationStatus status, DateTimeOffset at)
    {
        invitation.Status = status;
        invitation.RespondedAt = at;
        invitation.UpdatedAt = at;
    }

    /// <summary>Employers eligible by sector and not registered, those with an open gap in a topic first, in ID order.</summary>
    private async Task<List<int>> EmployersAsync(Webinar webinar, HashSet<int> registered, int count, CancellationToken cancellationToken)
    {
        var sectors = webinar.Sectors;
        var topics = webinar.TopicSkillIds;
        var gaps = db.SkillsGaps;
        var candidates = await db.Employers.AsNoTracking()
            .Where(e => (sectors.Count == 0 || sectors.Contains(e.Sector)) && e.CreatedAt < webinar.PublishedAt && !registered.Contains(e.Id))
            .Select(e => new { e.Id, Gap = gaps.Any(g => g.EmployerId == e.Id && g.Status == SkillsGapStatus.Open && topics.Contains(g.SkillId)) })
            .OrderByDescending(e => e.Gap).ThenBy(e => e.Id)
            .Take(count)
            .ToListAsync(cancellationToken);
        return [.. candidates.Select(c => c.Id)];
    }

    /// <summary>Active mentors not registered, those who want a topic first, in ID order.</summary>
    private async Task<List<int>> MentorsAsync(Webinar webinar, HashSet<int> registered, int count, CancellationToken cancellationToken)
    {
        var topics = webinar.TopicSkillIds;
        return await db.Mentors.AsNoTracking()
            .Where(m => m.Status == MentorStatus.Active && m.CreatedAt < webinar.PublishedAt && !registered.Contains(m.Id))
            .OrderByDescending(m => m.Wants.Any(w => topics.Contains(w.SkillId))).ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(count)
            .ToListAsync(cancellationToken);
    }
}
