using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.Identity;

namespace Network.Server.Webinars;

/// <summary>Finding participants for a webinar: the invitations sent to them. Only its organiser and administrators see them.</summary>
internal static class WebinarParticipantFields
{
    public static void AddParticipantFields(this ObjectGraphType<Webinar> webinar) =>
        webinar.Field<ListGraphType<NonNullGraphType<WebinarInvitationGraphType>>>("invitations")
            .Description("The invitations sent, in the order sent; null for callers other than its organiser and administrators.")
            .Resolve(c => WebinarAccess.Organises(c.Caller(), c.Source) ? c.Service<InvitationsByWebinarIdDataLoader>().LoadAsync(c.Source.Id) : null);
}
