using GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;

namespace Network.Server.Webinars;

/// <summary>Fetches invitations for <c>node</c> and <c>nodes</c>: an invitation is seen by its invitee and by the webinar's organiser.</summary>
internal sealed class WebinarInvitationNodeResolver : INodeResolver
{
    public string TypeName => "WebinarInvitation";

    public object Resolve(IResolveFieldContext context, int key)
    {
        var caller = context.Caller();
        var webinars = context.RequestServices!.GetRequiredService<WebinarByIdDataLoader>();
        return context.RequestServices!.GetRequiredService<WebinarInvitationByIdDataLoader>().LoadAsync(key)
            .Then(invitation => invitation is null
                ? null
                : webinars.LoadAsync(invitation.WebinarId).Then(w => w is not null && WebinarInvitationAccess.Sees(caller, w, invitation) ? invitation : null));
    }
}
