using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Mutations;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;

namespace Network.Server.Webinars;

internal static class WebinarInvitationResponseMutations
{
    private static readonly AccessRule Invitees =
        CallerAccess.Roles("the invited mentor, or an admin of the invited employer", Role.Mentor, Role.EmployerAdmin);

    private static readonly MutationResult<WebinarInvitationPayload> Result =
        new("invitation", () => new GraphQLTypeReference("WebinarInvitation"), p => p.Invitation, p => p.Errors, WebinarInvitationPayload.Failed);

    public static void AddWebinarInvitationResponseMutations(this ObjectGraphType mutation) =>
        mutation.Mutation<RespondToWebinarInvitationInput, WebinarInvitationPayload>(
            "respondToWebinarInvitation",
            "Accepts or declines an invitation while the webinar takes registrations (PUBLISHED, not started). A mentor who accepts is registered as " +
                "registerForWebinar registers them: REGISTERED while seats remain, WAITLISTED after. An employer's acceptance records its intent to take part. " +
                "Accepting is refused, as registering is, when the webinar's audience or sectors leave the invitee out (NotEligibleForWebinarError); declining is not. " +
                "Answering again with the same answer changes nothing; an answer cannot be changed (a mentor who cannot come after all cancels the registration).",
            Invitees,
            Result,
            RespondAsync);

    [Error<InvalidIdError>]
    [Error<WebinarInvitationNotFoundError>]
    [Error<InvitationAlreadyAnsweredError>]
    [Error<RegistrationClosedError>]
    [Error<NotEligibleForWebinarError>]
    private static async Task<WebinarInvitationPayload> RespondAsync(MutationContext<RespondToWebinarInvitationInput> m)
    {
        var input = m.Input;
        var id = m.Validator.Id("invitationId", input.InvitationId, "WebinarInvitation");
        if (!m.Validator.IsValid)
        {
            return WebinarInvitationPayload.Failed(m.Validator.Errors);
        }

        // The webinar's row first, as registrations lock it: accepting takes a seat under that lock.
        var webinarId = await m.Db.WebinarInvitations.Where(i => i.Id == id).Select(i => (int?)i.WebinarId).SingleOrDefaultAsync(m.CancellationToken);
        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var webinar = webinarId is { } key ? (await WebinarChanges.LockVisibleAsync(m, key, GlobalId.Serialize("Webinar", key))).Webinar : null;
        var invitation = webinar is null ? null : await m.Db.WebinarInvitations.SingleOrDefaultAsync(i => i.Id == id, m.CancellationToken);
        var caller = m.Caller();
        if (invitation is null)
        {
            return WebinarInvitationPayload.Failed([new WebinarInvitationNotFoundError($"No invitation has the ID {input.InvitationId}.", input.InvitationId)]);
        }

        if (!WebinarInvitationAccess.IsInvitee(caller, invitation))
        {
            return WebinarInvitationPayload.Failed([m.NotOwner()]);
        }

        var answer = input.Response == WebinarInvitationResponse.Accept ? WebinarInvitationStatus.Accepted : WebinarInvitationStatus.Declined;
        if (invitation.Status != WebinarInvitationStatus.Invited)
        {
            return invitation.Status == answer
                ? new WebinarInvitationPayload(invitation, null)
                : WebinarInvitationPayload.Failed([new InvitationAlreadyAnsweredError(
                    $"The invitation was already {invitation.Status.ToString().ToUpperInvariant()}; an answer cannot be changed.", input.InvitationId, invitation.Status)]);
        }

        var now = m.Clock.GetUtcNow();
        if (!webinar!.TakesRegistrations(now))
        {
            return WebinarInvitationPayload.Failed([WebinarRegistrationMutations.Closed(webinar, GlobalId.Serialize("Webinar", webinar.Id))]);
        }

        // Accepting goes by the rule registering does: the webinar's audience, or its sectors, may have changed since the invitation.
        if (answer == WebinarInvitationStatus.Accepted)
        {
            var ineligible = invitation.MentorId is { } mentorId
                ? (await WebinarSeating.TakeAsync(m, webinar, mentorId, null, now)).Ineligible
                : await WebinarSeating.IneligibleAsync(m, webinar, invitation.EmployerId);
            if (ineligible is { } reason)
            {
                return WebinarInvitationPayload.Failed([WebinarSeating.NotEligible(reason, GlobalId.Serialize("Webinar", webinar.Id))]);
            }
        }

        invitation.Status = answer;
        invitation.RespondedAt = now;
        invitation.UpdatedAt = now;
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new WebinarInvitationPayload(invitation, null);
    }
}
