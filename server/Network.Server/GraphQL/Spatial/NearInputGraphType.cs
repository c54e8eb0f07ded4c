using GraphQL.Types;

namespace Network.Server.GraphQL.Spatial;

public sealed class NearInputGraphType : InputObjectGraphType
{
    public NearInputGraphType()
    {
        Name = "NearInput";
        Description = "A circle to search within: a centre, given by a postcode or a GeoJSON point, and a radius.";
        Field<StringGraphType>("postcode").Description("A West Midlands postcode or postcode district, such as \"CV1 2JH\" or \"CV1\".");
        Field<GeoJsonPointInputGraphType>("point").Description("A GeoJSON point, instead of a postcode.");
        Field<NonNullGraphType<FloatGraphType>>("radiusKm").Description($"The radius in kilometres, greater than 0 and at most {Near.MaxRadiusKm}.");
    }
}
