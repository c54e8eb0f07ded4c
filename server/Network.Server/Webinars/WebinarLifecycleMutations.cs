using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.GraphQL.Mutations;

namespace Network.Server.Webinars;

internal static class WebinarLifecycleMutations
{
    public static void AddWebinarLifecycleMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<WebinarIdInput, WebinarPayload>(
            "publishWebinar",
            "Publishes a DRAFT webinar (PUBLISHED): anyone sees it from then on.",
            WebinarMutations.WebinarOrganisers,
            WebinarMutations.Result,
            PublishAsync);

        mutation.Mutation<WebinarIdInput, WebinarPayload>(
            "completeWebinar",
            "Records that a PUBLISHED webinar took place (COMPLETED), once it has ended.",
            WebinarMutations.WebinarOrganisers,
            WebinarMutations.Result,
            CompleteAsync);

        mutation.Mutation<CancelWebinarInput, WebinarPayload>(
            "cancelWebinar",
            "Cancels a DRAFT or PUBLISHED webinar (CANCELLED), with the reason given. Every REGISTERED or WAITLISTED registration becomes WEBINAR_CANCELLED: " +
                "the registrant's notice, listed in their webinarRegistrations and shown as myRegistration.",
            WebinarMutations.WebinarOrganisers,
            WebinarMutations.Result,
            CancelAsync);
    }

    [Error<InvalidIdError>]
    [Error<WebinarNotFoundError>]
    [Error<InvalidWebinarTransitionError>]
    [Error<InvalidDateError>]
    private static Task<WebinarPayload> PublishAsync(MutationContext<WebinarIdInput> m) =>
        ChangeAsync(m, m.Input.WebinarId, WebinarChange.Publish, (webinar, now) =>
        {
            if (webinar.StartsAt <= now)
            {
                return new InvalidDateError("The webinar has already started: move its startsAt into the future before publishing it.", "startsAt");
            }

            webinar.Publish(now);
            return null;
        });

    [Error<InvalidIdError>]
    [Error<WebinarNotFoundError>]
    [Error<InvalidWebinarTransitionError>]
    [Error<WebinarNotOverError>]
    private static Task<WebinarPayload> CompleteAsync(MutationContext<WebinarIdInput> m) =>
        ChangeAsync(m, m.Input.WebinarId, WebinarChange.Complete, (webinar, now) =>
        {
            if (!webinar.IsOver(now))
            {
                return new WebinarNotOverError("A webinar is completed once it has ended.", m.Input.WebinarId, webinar.EndsAt);
            }

            webinar.Complete(now);
            return null;
        });

    [Error<InvalidIdError>]
    [Error<WebinarNotFoundError>]
    [Error<InvalidWebinarTransitionError>]
    [Error<BlankValueError>]
    [Error<ValueTooLongError>]
    private static Task<WebinarPayload> CancelAsync(MutationContext<CancelWebinarInput> m)
    {
        var reason = m.Validator.Text("reason", m.Input.Reason, WebinarRules.MaxReasonLength);
        return ChangeAsync(
            m,
            m.Input.WebinarId,
            WebinarChange.Cancel,
            (webinar, now) =>
            {
                webinar.Cancel(reason, now);
                return null;
            },
            NoticeRegistrantsAsync);
    }

    /// <summary>Locks the webinar, checks the caller and its status, applies the change and saves it, all or nothing.</summary>
    private static async Task<WebinarPayload> ChangeAsync(
        MutationContext m, string webinarId, WebinarChange change, Func<Webinar, DateTimeOffset, UserError?> apply, Func<MutationContext, Webinar, Task>? follow = null)
    {
        var id = m.Validator.Id("webinarId", webinarId, "Webinar");
        if (!m.Validator.IsValid)
        {
            return WebinarPayload.Failed(m.Validator.Errors);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var (webinar, refused) = await WebinarChanges.LockAsync(m, id, webinarId, change);
        if (webinar is null)
        {
            return WebinarPayload.Failed([refused!]);
        }

        if (apply(webinar, m.Clock.GetUtcNow()) is { } error)
        {
            return WebinarPayload.Failed([error]);
        }

        if (follow is not null)
        {
            await follow(m, webinar);
        }

        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new WebinarPayload(webinar, null);
    }

    /// <summary>Turns every live registration into the registrant's notice of the cancellation, in the same transaction as the cancellation.</summary>
    private static async Task NoticeRegistrantsAsync(MutationContext m, Webinar webinar)
    {
        var live = await m.Db.WebinarRegistrations
            .Where(r => r.WebinarId == webinar.Id && (r.Status == WebinarRegistrationStatus.Registered || r.Status == WebinarRegistrationStatus.Waitlisted))
            .ToListAsync(m.CancellationToken);
        live.ForEach(r => r.NoticeCancellation(webinar.CancelledAt!.Value));
    }
}
