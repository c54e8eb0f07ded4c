using GraphQL.Types;
using Network.Server.GraphQL.Spatial;

namespace Network.Server.Geo;

public sealed class GeocodeResultGraphType : ObjectGraphType<GeocodeResult>
{
    public GeocodeResultGraphType()
    {
        Name = "GeocodeResult";
        Description = "Where a postcode lies: the centroid of its postcode district and the district's local authority.";
        Field(r => r.Postcode).Description("The postcode in canonical form.");
        Field(r => r.Outcode).Description("The postcode district (outward code).");
        Field(r => r.Town);
        Field<NonNullGraphType<GeoJsonPointGraphType>>("location").Resolve(c => c.Source.Location);
        Field<NonNullGraphType<LocalAuthorityGraphType>>("localAuthority").Resolve(c => c.Source.LocalAuthority);
    }
}
