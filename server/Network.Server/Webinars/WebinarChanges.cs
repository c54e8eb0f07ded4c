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
        var webinar = await m.Db.Webinars.FromSql($"SELECT * FROM webinars WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(m.CancellationToken);
        var caller = m.Caller();
        if (webinar is null || !WebinarAccess.IsVisible(caller, webinar))
        {
            return (null, new WebinarNotFoundError($"No webinar has the ID {webinarId}.", webinarId));
        }

        if (!WebinarAccess.Organises(caller, webinar))
        {
            return (null, m.NotOwner());
        }

        return webinar.Allows(change) ? (webinar, null) : (null, Refused(webinar, change));
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
        _ => "changing it",
    };
}
