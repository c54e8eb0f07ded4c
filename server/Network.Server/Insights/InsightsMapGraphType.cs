using GraphQL.Types;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Scalars;

namespace Network.Server.Insights;

public sealed class InsightsMapGraphType : ObjectGraphType<InsightsMap>
{
    public InsightsMapGraphType()
    {
        Name = "InsightsMap";
        Description = "Regional figures as a GeoJSON FeatureCollection of the 14 local authorities, ready for a choropleth: select type, features { type id geometry { type coordinates } properties { … } } " +
            "and the answer is GeoJSON. Figures are withheld exactly as in regionalInsights.";
        this.ReadableBy(InsightsAccess.Readers);
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(_ => "FeatureCollection");
        Field<NonNullGraphType<IsoDateTimeGraphType>>("asOf").Description("When the figures were worked out.").Resolve(c => c.Source.Snapshot.AsOf);
        Field<NonNullGraphType<StringGraphType>>("attribution").Description("The boundaries' source and licence, to show with the map.")
            .Resolve(_ => LocalAuthorityBoundaries.Attribution);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InsightsMapFeatureGraphType>>>>("features").Resolve(c => c.Source.Features);
    }
}
