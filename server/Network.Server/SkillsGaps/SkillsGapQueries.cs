using GraphQL.Types;
using Network.Server.GraphQL.Paging;
using Network.Server.Identity;

namespace Network.Server.SkillsGaps;

internal static class SkillsGapQueries
{
    public static void AddSkillsGapQueries(this ObjectGraphType query) =>
        query.Connection<SkillsGapGraphType, SkillsGap>("skillsGaps", g => g.Id)
            .Description("Published skills gaps; with `near`, those of employers within a distance of a place. Anonymous callers see open gaps only.")
            .Filter(SkillsGapFilters.Definition)
            .Sort(SkillsGapFilters.Sorting)
            .Near(g => g.Employer!.Location, place: g => g.Employer!.Id)
            .Loads("skill", g => g.Skill)
            .Loads("employer", g => g.Employer)
            .Resolve((context, db) => SkillsGapAccess.Filter(context.Caller()) is { } visible ? db.SkillsGaps.Where(visible) : db.SkillsGaps);
}
