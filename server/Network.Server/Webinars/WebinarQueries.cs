using GraphQL.Types;
using Network.Server.GraphQL.Paging;
using Network.Server.Identity;

namespace Network.Server.Webinars;

internal static class WebinarQueries
{
    public static void AddWebinarQueries(this ObjectGraphType query) =>
        query.Connection<WebinarGraphType, Webinar>("webinars", w => w.Id)
            .Description("Published webinars (published, completed or cancelled); drafts too for their organiser and administrators. " +
                "With `near`, the in-person ones whose venue lies within a distance of a place.")
            .Filter(WebinarFilters.Definition)
            .Sort(WebinarFilters.Sorting)
            .Near(w => w.Location!)
            .Resolve((context, db) => WebinarAccess.Filter(context.Caller()) is { } visible ? db.Webinars.Where(visible) : db.Webinars);
}
