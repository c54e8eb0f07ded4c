using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;
using Network.Server.Mentors;

namespace Network.Server.Webinars;

internal static class WebinarInvitationMutations
{
    /// <summary>The most invitees one call may name: a page of suggestions.</summary>
    public const int MaxInvitees = 50;

    private static readonly MutationResult<InviteToWebinarPayload> Result = new(
        "invitations",
        () => new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("WebinarInvitation"))),
        p => p.Invitations,
        p => p.Errors,
        InviteToWebinarPayload.Failed);

    public static void AddWebinarInvitationMutations(this ObjectGraphType mutation) =>
        mutation.Mutation<InviteToWebinarInput, InviteToWebinarPayload>(
            "inviteToWebinar",
            $"Invites employers and mentors (1 to {MaxInvitees} in all) to a PUBLISHED webinar that has not started, as its audience allows. " +
                "Each invitee sees the invitation and accepts or declines it. Inviting someone again returns the invitation already sent, as it stands. " +
                "Any error writes nothing.",
            WebinarMutations.WebinarOrganisers,
            Result,
            InviteAsync);

    [Error<InvalidIdError>]
    [Error<OutOfRangeError>]
    [Error<WebinarNotFoundError>]
    [Error<InvalidWebinarTransitionError>]
    [Error<RegistrationClosedError>]
    [Error<InvitationOutsideAudienceError>]
    [Error<EmployerNotFoundError>]
    [Error<NotEligibleForWebinarError>]
    [Error<MentorNotFoundError>]
    private static async Task<InviteToWebinarPayload> InviteAsync(MutationContext<InviteToWebinarInput> m)
    {
        var v = m.Validator;
        var input = m.Input;
        var id = v.Id("webinarId", input.WebinarId, "Webinar");
        var employerIds = (input.EmployerIds ?? []).Distinct().ToList();
        var mentorIds = (input.MentorIds ?? []).Distinct().ToList();
        var employers = employerIds.ToDictionary(e => e, e => v.Id("employerIds", e, "Employer"));
        var mentors = mentorIds.ToDictionary(e => e, e => v.Id("mentorIds", e, "Mentor"));
        var count = employers.Count + mentors.Count;
        v.Range(mentors.Count > 0 ? "mentorIds" : "employerIds", count, 1, MaxInvitees);
        if (!v.IsValid)
        {
            return InviteToWebinarPayload.Failed(v.Errors);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var (webinar, refused) = await WebinarChanges.LockAsync(m, id, input.WebinarId, WebinarChange.Invite);
        if (webinar is null)
        {
            return InviteToWebinarPayload.Failed([refused!]);
        }

        var now = m.Clock.GetUtcNow();
        if (!webinar.TakesRegistrations(now))
        {
            return InviteToWebinarPayload.Failed([WebinarRegistrationMutations.Closed(webinar, input.WebinarId)]);
        }

        var errors = new List<UserError>();
        errors.AddRange(OutsideAudience(webinar, employers.Count > 0, mentors.Count > 0));
        errors.AddRange(await UnknownOrIneligibleEmployersAsync(m, webinar, input.WebinarId, employers));
        errors.AddRange(await UnavailableMentorsAsync(m, mentors));
        if (errors.Count > 0)
        {
            return InviteToWebinarPayload.Failed(errors);
        }

        var employerKeys = employers.Values.ToList();
        var mentorKeys = mentors.Values.ToList();
        var existing = await m.Db.WebinarInvitations
            .Where(i => i.WebinarId == webinar.Id
                && ((i.EmployerId != null && employerKeys.Contains(i.EmployerId.Value)) || (i.MentorId != null && mentorKeys.Contains(i.MentorId.Value))))
            .ToListAsync(m.CancellationToken);
        var invitations = employerKeys.Select(key => existing.SingleOrDefault(i => i.EmployerId == key) ?? Invite(m, webinar, null, key, now))
            .Concat(mentorKeys.Select(key => existing.SingleOrDefault(i => i.MentorId == key) ?? Invite(m, webinar, key, null, now)))
            .ToList();
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new InviteToWebinarPayload(invitations, null);
    }

    private static WebinarInvitation Invite(MutationContext m, Webinar webinar, int? mentorId, int? employerId, DateTimeOffset now)
    {
        var invitation = new WebinarInvitation
        {
            WebinarId = webinar.Id,
            MentorId = mentorId,
            EmployerId = employerId,
            Status = WebinarInvitationStatus.Invited,
            InvitedAt = now,
            InvitedBySubject = m.Caller().Subject ?? string.Empty,
            UpdatedAt = now,
        };
        m.Db.WebinarInvitations.Add(invitation);
        return invitation;
    }

    private static IEnumerable<UserError> OutsideAudience(Webinar webinar, bool invitesEmployers, bool invitesMentors)
    {
        if (invitesEmployers && !WebinarEligibility.IncludesEmployers(webinar.Audience))
        {
            yield return new InvitationOutsideAudienceError("The webinar is for mentors who want its topics, not for employers: change its audience to invite employers.", "employerIds", webinar.Audience);
        }

        if (invitesMentors && !WebinarEligibility.IncludesMentors(webinar.Audience))
        {
            yield return new InvitationOutsideAudienceError("The webinar is for employers with gaps in its topics, not for mentors: change its audience to invite mentors.", "mentorIds", webinar.Audience);
        }
    }

    /// <summary>Employers who do not exist, or who could not register (their sector is not one the webinar is for), so would be refused on accepting; the audience is checked apart.</summary>
    private static async Task<IEnumerable<UserError>> UnknownOrIneligibleEmployersAsync(MutationContext m, Webinar webinar, string webinarId, Dictionary<string, int> employers)
    {
        var keys = employers.Values.ToList();
        var sectors = await m.Db.Employers.Where(e => keys.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Sector, m.CancellationToken);
        return employers.Select(e => !sectors.TryGetValue(e.Value, out var sector)
                ? new EmployerNotFoundError($"No employer has the ID {e.Key}.", e.Key)
                : WebinarEligibility.ForEmployer(webinar, sector) is WebinarIneligibility.SectorNotTargeted
                    ? new NotEligibleForWebinarError($"{e.Key}: {WebinarEligibility.Explain(WebinarIneligibility.SectorNotTargeted)}", webinarId, WebinarIneligibility.SectorNotTargeted)
                    : (UserError?)null)
            .OfType<UserError>();
    }

    /// <summary>Mentors who do not exist or have withdrawn: organisers do not see withdrawn mentors anywhere, so they are not found here either.</summary>
    private static async Task<IEnumerable<UserError>> UnavailableMentorsAsync(MutationContext m, Dictionary<string, int> mentors)
    {
        var keys = mentors.Values.ToList();
        var active = await m.Db.Mentors.Where(x => keys.Contains(x.Id) && x.Status == MentorStatus.Active).Select(x => x.Id).ToListAsync(m.CancellationToken);
        return mentors.Where(x => !active.Contains(x.Value))
            .Select(x => new MentorNotFoundError($"No mentor has the ID {x.Key}.", x.Key));
    }
}
