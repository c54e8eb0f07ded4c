using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.Mutations;
using Network.Server.Mentors;

namespace Network.Server.Webinars;

/// <summary>
/// A mentor who leaves the network gives up their webinar registrations, a seat they held going to the first waiting;
/// and the invitations they have not answered are withdrawn, as nobody is left to answer them. Answered ones stay: they hold no personal data.
/// </summary>
internal sealed class WebinarDepartureHandler : IMentorDepartureHandler
{
    public async Task<Action<MutationContext, DateTimeOffset>> LockAsync(NetworkDbContext db, int mentorId, CancellationToken cancellationToken)
    {
        // The webinars first, in ID order, as registrations lock them before anything else.
        var webinarIds = await db.WebinarRegistrations.Where(r => r.MentorId == mentorId && (r.Status == WebinarRegistrationStatus.Registered || r.Status == WebinarRegistrationStatus.Waitlisted))
            .Select(r => r.WebinarId)
            .Union(db.WebinarInvitations.Where(i => i.MentorId == mentorId && i.Status == WebinarInvitationStatus.Invited).Select(i => i.WebinarId))
            .OrderBy(id => id).ToListAsync(cancellationToken);
        var webinars = await db.Webinars.FromSql($"SELECT * FROM webinars WHERE id = ANY({webinarIds.ToArray()}) ORDER BY id FOR UPDATE").ToListAsync(cancellationToken);
        var registrations = await db.WebinarRegistrations.Where(r => webinarIds.Contains(r.WebinarId) && (r.Status == WebinarRegistrationStatus.Registered || r.Status == WebinarRegistrationStatus.Waitlisted)).ToListAsync(cancellationToken);
        var leaving = registrations.Where(r => r.MentorId == mentorId).ToList();
        var unanswered = await db.WebinarInvitations.Where(i => i.MentorId == mentorId && i.Status == WebinarInvitationStatus.Invited).ToListAsync(cancellationToken);
        var promoted = webinars.SelectMany(w =>
        {
            var live = registrations.Where(r => r.WebinarId == w.Id).ToList();
            var freed = live.Count(r => r.MentorId == mentorId && r.Status == WebinarRegistrationStatus.Registered);
            var free = Math.Min(freed, w.Capacity - live.Count(r => r.Status == WebinarRegistrationStatus.Registered) + freed);
            return live.Where(r => r.Status == WebinarRegistrationStatus.Waitlisted).OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id).Take(Math.Max(free, 0));
        }).ToList();
        return (_, at) =>
        {
            db.WebinarInvitations.RemoveRange(unanswered);

            foreach (var registration in leaving)
            {
                registration.Status = WebinarRegistrationStatus.Cancelled;
                registration.CancelledAt = at;
                registration.UpdatedAt = at;
            }

            foreach (var registration in promoted)
            {
                registration.Status = WebinarRegistrationStatus.Registered;
                registration.UpdatedAt = at;
            }
        };
    }
}
