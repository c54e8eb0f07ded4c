using GraphQL.Types;
using Network.Server.GraphQL.Paging;
using Network.Server.Identity;

namespace Network.Server.Programmes;

internal static class ProgrammeQueries
{
    public static void AddProgrammeQueries(this ObjectGraphType query) =>
        query.Connection<ProgrammeGraphType, Programme>("programmes", p => p.Id)
            .Description("Published programmes (recruiting, running, completed or cancelled); drafts too for their coordinators and administrators. " +
                "With `near`, those whose area's centre lies within a distance of a place.")
            .Filter(ProgrammeFilters.Definition)
            .Sort(ProgrammeFilters.Sorting)
            .Near(p => p.Location)
            .Resolve((context, db) => ProgrammeAccess.Filter(context.Caller()) is { } visible ? db.Programmes.Where(visible) : db.Programmes);
}
