using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;
using Network.Server.Skills;

namespace Network.Server.Webinars;

/// <summary>
/// How a registrant takes a place: a seat while any is free, a place on the waiting list after; and only when the
/// webinar's audience and sectors include them (<see cref="WebinarEligibility"/>). Registering and accepting an invitation
/// both go through it, so neither gives a place to someone the other would refuse.
/// </summary>
internal static class WebinarSeating
{
    /// <summary>
    /// The registrant's live registration for <paramref name="webinar"/>, made (and saved) when there is none and they are
    /// eligible; otherwise no registration and why they are not. A live registration already made is returned as it stands.
    /// Called under the webinar's row lock, once the webinar is known to take registrations, so that the seats
    /// counted here stay counted until the registration is saved.
    /// </summary>
    public static async Task<(WebinarRegistration? Registration, WebinarIneligibility? Ineligible)> TakeAsync(
        MutationContext m, Webinar webinar, int? mentorId, int? employerId, DateTimeOffset now)
    {
        var registrations = m.Db.WebinarRegistrations.Where(r => r.WebinarId == webinar.Id
            && (r.Status == WebinarRegistrationStatus.Registered || r.Status == WebinarRegistrationStatus.Waitlisted));
        var existing = await registrations.SingleOrDefaultAsync(r => r.MentorId == mentorId && r.EmployerId == employerId, m.CancellationToken);
        if (existing is not null)
        {
            return (existing, null);
        }

        if (await IneligibleAsync(m, webinar, employerId) is { } reason)
        {
            return (null, reason);
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
        return (registration, null);
    }

    /// <summary>Why the registrant (a mentor when <paramref name="employerId"/> is null) may not register; null when they may.</summary>
    public static async Task<WebinarIneligibility?> IneligibleAsync(MutationContext m, Webinar webinar, int? employerId)
    {
        if (employerId is not { } key)
        {
            return WebinarEligibility.ForMentor(webinar);
        }

        // A token may name an employer since removed; it then has no sector to be eligible by.
        var sector = await m.Db.Employers.Where(e => e.Id == key).Select(e => (Sector?)e.Sector).SingleOrDefaultAsync(m.CancellationToken);
        return sector is { } known ? WebinarEligibility.ForEmployer(webinar, known) : WebinarIneligibility.SectorNotTargeted;
    }

    public static NotEligibleForWebinarError NotEligible(WebinarIneligibility reason, string webinarId) =>
        new(WebinarEligibility.Explain(reason), webinarId, reason);
}
