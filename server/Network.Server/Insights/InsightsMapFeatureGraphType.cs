using GraphQL.Types;
using Network.Server.GraphQL.Spatial;

namespace Network.Server.Insights;

public sealed class InsightsMapFeatureGraphType : ObjectGraphType<InsightsMapFeature>
{
    public InsightsMapFeatureGraphType()
    {
        Name = "InsightsMapFeature";
        Description = "A GeoJSON Feature: a local authority's outline, with its figures as properties.";
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(_ => "Feature");
        Field<NonNullGraphType<StringGraphType>>("id").Description("The authority's ONS code.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<GeoJsonMultiPolygonGraphType>>("geometry").Resolve(c => c.Source.Geometry);
        Field<NonNullGraphType<InsightCellGraphType>>("properties").Resolve(c => c.Source.Properties);
    }
}
