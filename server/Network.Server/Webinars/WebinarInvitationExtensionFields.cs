using GraphQL.Types;
using Network.Server.Employers;
using Network.Server.GraphQL;
using Network.Server.Identity;
using Network.Server.Mentors;

namespace Network.Server.Webinars;

/// <summary>Where invitees find their invitations: a mentor on their own profile, an employer's admins on the employer.</summary>
internal static class WebinarInvitationExtensionFields
{
    /// <summary>Adds <c>Mentor.webinarInvitations</c>.</summary>
    public static void AddWebinarInvitationsField(this MentorGraphType mentor) =>
        mentor.Field<ListGraphType<NonNullGraphType<WebinarInvitationGraphType>>>("webinarInvitations")
            .Description("The webinars the mentor was invited to, most recent first; null for callers other than the mentor themself and administrators.")
            .Resolve(c => c.Caller().IsMentor(c.Source.Id) || c.Caller().IsAdmin ? c.Service<InvitationsByMentorIdDataLoader>().LoadAsync(c.Source.Id) : null);

    /// <summary>Adds <c>Employer.webinarInvitations</c>.</summary>
    public static void AddWebinarInvitationsField(this EmployerGraphType employer) =>
        employer.Field<ListGraphType<NonNullGraphType<WebinarInvitationGraphType>>>("webinarInvitations")
            .Description("The webinars the employer was invited to, most recent first; null for callers other than its admins and administrators.")
            .Resolve(c => c.Caller().ManagesEmployer(c.Source.Id) ? c.Service<InvitationsByEmployerIdDataLoader>().LoadAsync(c.Source.Id) : null);
}
