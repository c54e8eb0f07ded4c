using Microsoft.EntityFrameworkCore;
using Network.Server.GraphQL.Mutations;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;

namespace Network.Server.Webinars;

/// <summary>
/// How a webinar is found for a change: its row is read and locked until the transaction ends, so that
/// changes to one webinar happen one after the other; then the caller and the webinar's status are checked.
/// </summary>
internal static class WebinarChanges
{
    /// <summary>The webinar <paramref name="id"/> (given as <paramref name="webinarId"/>), locked, if the caller organises it and its status allows <paramref name="change"/>. A draft is not found by others.</summary>
    public static async Task<(Webinar? Webinar, UserError? Error)> LockAsync(MutationContext m, int id, string webinarId, WebinarChange change)
    {
        var (webinar, notFound) = await LockVisibleAsync(m, id, webinarId);
        var caller = m.Caller();
        if (webinar is null)
        {
            return (null, notFound);
        }

        if (!WebinarAccess.Organises(caller, webinar))
        {
            return (null, m.NotOwner());
        }

        return webinar.Allows(change) ? (webinar, null) : (null, Refused(webinar, change));
    }

    /// <summary>The webinar <paramref name="id"/>, locked, if the caller sees it; registrations are made and cancelled under this lock, so that they never exceed its capacity.</summary>
    public static async Task<(Webinar? Webinar, UserError? Error)> LockVisibleAsync(MutationContext m, int id, string webinarId)
    {
        var webinar = await m.Db.Webinars.FromSql($"SELECT * FROM webinars WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(m.CancellationToken);
        return webinar is not null && WebinarAccess.IsVisible(m.Caller(), webinar)
            ? (webinar, null)
            : (null, new WebinarNotFoundError($"No webinar has the ID {webinarId}.", webinarId));
    }

    public static InvalidWebinarTransitionError Refused(Webinar webinar, WebinarChange change) => new(
        $"The webinar is {Name(webinar.Status)}; {Verb(change)} needs it to be {string.Join(" or ", Webinar.StartsFrom(change).Select(Name))}.",
        GlobalId.Serialize("Webinar", webinar.Id),
        webinar.Status);

    private static string Name(WebinarStatus status) => status.ToString().ToUpperInvariant();

    private static string Verb(WebinarChange change) => change switch
    {
        WebinarChange.Publish => "publishing it",
        WebinarChange.Complete => "completing it",
        WebinarChange.Cancel => "cancelling it",
        WebinarChange.RecordAttendance => "recording attendance",
        WebinarChange.Invite => "inviting people to it",
        _ => "changing it",
    };
}
