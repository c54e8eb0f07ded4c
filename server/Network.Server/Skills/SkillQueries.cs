using GraphQL.Types;
using Network.Server.GraphQL.Paging;

namespace Network.Server.Skills;

internal static class SkillQueries
{
    public static void AddSkillQueries(this ObjectGraphType query) =>
        query.Connection<SkillGraphType, Skill>("skills", s => s.Id)
            .Description("The skills taxonomy: digital, strategic and trade skills, with the sectors that need them.")
            .Filter(SkillFilters.Definition)
            .Sort(SkillFilters.Sorting)
            .Resolve((_, db) => db.Skills);
}
