using GraphQL.Types;
using Network.Server.Geo;
using Network.Server.GraphQL.Access;

namespace Network.Server.Insights;

public sealed class HotspotGraphType : ObjectGraphType<Hotspot>
{
    public HotspotGraphType()
    {
        Name = "Hotspot";
        Description = "A local authority's skills with the largest unmet demand: open skills gaps beyond the mentors there who offer the skill.";
        this.ReadableBy(InsightsAccess.Readers);
        Field<NonNullGraphType<LocalAuthorityGraphType>>("localAuthority").Resolve(c => c.Source.LocalAuthority);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HotspotSkillGraphType>>>>("skills")
            .Description("Most unmet demand first; only skills whose figures are published are ranked, so an authority with small numbers may have none.")
            .Resolve(c => c.Source.Skills);
    }
}
