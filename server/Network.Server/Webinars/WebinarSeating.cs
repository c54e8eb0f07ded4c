using Microsoft.EntityFrameworkCore;
using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;

namespace Network.Server.Webinars;

/// <summary>How a registrant takes a place: a seat while any is free, a place on the waiting list after.</summary>
internal static class WebinarSeating
{
    /// <summary>
    /// The registrant's live registration for <paramref name="webinar"/>, made (and saved) when there is none.
    /// Called under the webinar's row lock, once the webinar is known to take registrations, so that the seats
    /// counted here stay counted until the registration is saved.
    /// </summary>
    public static async Task<WebinarRegistration> TakeAsync(MutationContext m, Webinar webinar, int? mentorId, int? employerId, DateTimeOffset now)
    {
        var registrations = m.Db.WebinarRegistrations.Where(r => r.WebinarId == webinar.Id && r.Status != WebinarRegistrationStatus.Cancelled);
        var existing = await registrations.SingleOrDefaultAsync(r => r.MentorId == mentorId && r.EmployerId == employerId, m.CancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var taken = await registrations.CountAsync(r => r.Status == WebinarRegistrationStatus.Registered, m.CancellationToken);
        var registration = new WebinarRegistration
        {
            WebinarId = webinar.Id,
            MentorId = mentorId,
            EmployerId = employerId,
            Status = taken < webinar.Capacity ? WebinarRegistrationStatus.Registered : WebinarRegistrationStatus.Waitlisted,
            RegisteredAt = now,
            RegisteredBySubject = m.Caller().Subject ?? string.Empty,
            UpdatedAt = now,
        };
        m.Db.WebinarRegistrations.Add(registration);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        return registration;
    }
}
