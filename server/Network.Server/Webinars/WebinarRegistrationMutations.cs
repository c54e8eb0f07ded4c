using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Mutations;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;

namespace Network.Server.Webinars;

internal static class WebinarRegistrationMutations
{
    private static readonly AccessRule Registrants =
        CallerAccess.Roles("mentors for themselves and employers' admins for their employer", Role.Mentor, Role.EmployerAdmin);

    private static readonly MutationResult<WebinarRegistrationPayload> Result =
        new("registration", () => new GraphQLTypeReference("WebinarRegistration"), p => p.Registration, p => p.Errors, WebinarRegistrationPayload.Failed);

    public static void AddWebinarRegistrationMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<RegisterForWebinarInput, WebinarRegistrationPayload>(
            "registerForWebinar",
            "Registers the calling mentor (mentorId), or the calling admin's employer (employerId), for a PUBLISHED webinar that has not started: " +
                "REGISTERED while seats remain, WAITLISTED after. Registering again returns the registration already made. " + WebinarEligibility.Rule,
            Registrants,
            Result,
            RegisterAsync);

        mutation.Mutation<CancelWebinarRegistrationInput, WebinarRegistrationPayload>(
            "cancelWebinarRegistration",
            "Cancels a registration (CANCELLED) before the webinar starts; a freed seat goes to the first on the waiting list.",
            Registrants,
            Result,
            CancelAsync);
    }

    [Error<InvalidIdError>]
    [Error<RegistrantRequiredError>]
    [Error<WebinarNotFoundError>]
    [Error<RegistrationClosedError>]
    [Error<NotEligibleForWebinarError>]
    private static async Task<WebinarRegistrationPayload> RegisterAsync(MutationContext<RegisterForWebinarInput> m)
    {
        var v = m.Validator;
        var input = m.Input;
        var id = v.Id("webinarId", input.WebinarId, "Webinar");
        int? mentorId = input.MentorId is { } mentor ? v.Id("mentorId", mentor, "Mentor") : null;
        int? employerId = input.EmployerId is { } employer ? v.Id("employerId", employer, "Employer") : null;
        if (!v.IsValid)
        {
            return WebinarRegistrationPayload.Failed(v.Errors);
        }

        if (mentorId.HasValue == employerId.HasValue)
        {
            return WebinarRegistrationPayload.Failed([new RegistrantRequiredError("Give exactly one of mentorId, to register yourself, or employerId, to register your employer.")]);
        }

        var caller = m.Caller();
        if (mentorId is { } mentorKey ? !caller.IsMentor(mentorKey) : caller.EmployerId != employerId)
        {
            return WebinarRegistrationPayload.Failed([m.NotOwner()]);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var (webinar, notFound) = await WebinarChanges.LockVisibleAsync(m, id, input.WebinarId);
        if (webinar is null)
        {
            return WebinarRegistrationPayload.Failed([notFound!]);
        }

        var now = m.Clock.GetUtcNow();
        if (!webinar.TakesRegistrations(now))
        {
            return WebinarRegistrationPayload.Failed([Closed(webinar, input.WebinarId)]);
        }

        var (registration, ineligible) = await WebinarSeating.TakeAsync(m, webinar, mentorId, employerId, now);
        if (registration is null)
        {
            return WebinarRegistrationPayload.Failed([WebinarSeating.NotEligible(ineligible!.Value, input.WebinarId)]);
        }

        await transaction.CommitAsync(m.CancellationToken);
        return new WebinarRegistrationPayload(registration, null);
    }

    [Error<InvalidIdError>]
    [Error<WebinarRegistrationNotFoundError>]
    [Error<RegistrationClosedError>]
    private static async Task<WebinarRegistrationPayload> CancelAsync(MutationContext<CancelWebinarRegistrationInput> m)
    {
        var input = m.Input;
        var id = m.Validator.Id("registrationId", input.RegistrationId, "WebinarRegistration");
        if (!m.Validator.IsValid)
        {
            return WebinarRegistrationPayload.Failed(m.Validator.Errors);
        }

        var caller = m.Caller();
        var webinarId = await m.Db.WebinarRegistrations.Where(r => r.Id == id).Select(r => (int?)r.WebinarId).SingleOrDefaultAsync(m.CancellationToken);
        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var webinar = webinarId is { } key ? (await WebinarChanges.LockVisibleAsync(m, key, GlobalId.Serialize("Webinar", key))).Webinar : null;
        var registration = webinar is null ? null : await m.Db.WebinarRegistrations.SingleOrDefaultAsync(r => r.Id == id, m.CancellationToken);
        if (registration is null)
        {
            return WebinarRegistrationPayload.Failed([new WebinarRegistrationNotFoundError($"No registration has the ID {input.RegistrationId}.", input.RegistrationId)]);
        }

        if (!WebinarAccess.IsRegistrant(caller, registration))
        {
            return WebinarRegistrationPayload.Failed([m.NotOwner()]);
        }

        if (!registration.IsLive)
        {
            return new WebinarRegistrationPayload(registration, null);
        }

        var now = m.Clock.GetUtcNow();
        if (!webinar!.TakesRegistrations(now))
        {
            return WebinarRegistrationPayload.Failed([Closed(webinar, GlobalId.Serialize("Webinar", webinar.Id))]);
        }

        var freesSeat = registration.Status == WebinarRegistrationStatus.Registered;
        registration.Status = WebinarRegistrationStatus.Cancelled;
        registration.CancelledAt = now;
        registration.UpdatedAt = now;
        await m.Db.SaveChangesAsync(m.CancellationToken);
        if (freesSeat)
        {
            await WebinarWaitingList.FillSeatsAsync(m, webinar, now);
        }

        await transaction.CommitAsync(m.CancellationToken);
        return new WebinarRegistrationPayload(registration, null);
    }

    internal static RegistrationClosedError Closed(Webinar webinar, string webinarId) => new(
        webinar.Status == WebinarStatus.Published
            ? "The webinar has started: registrations closed when it began."
            : $"The webinar is {webinar.Status.ToString().ToUpperInvariant()}; registrations are open while it is PUBLISHED and not yet started.",
        webinarId,
        webinar.Status,
        webinar.StartsAt);
}
