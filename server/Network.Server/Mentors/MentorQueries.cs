using GraphQL.Types;
using Network.Server.GraphQL.Paging;

namespace Network.Server.Mentors;

internal static class MentorQueries
{
    public static void AddMentorQueries(this ObjectGraphType query) =>
        query.Connection<MentorGraphType, Mentor>("mentors", m => m.Id)
            .Description("Active volunteer mentors; with `near`, those within a distance of a place. Withdrawn mentors are not listed.")
            .Filter(MentorFilters.Definition)
            .Sort(MentorFilters.Sorting)
            .Near(m => m.Location)
            .Loads("employer", m => m.Employer)
            .Resolve((_, db) => db.Mentors.Where(m => m.Status == MentorStatus.Active));
}
