using GraphQL.Types;

namespace Network.Server.GraphQL.Spatial;

public sealed class NearInputGraphType : InputObjectGraphType
{
    public NearInputGraphType()
    {
        Name = "NearInput";
        Description = "A circle to search within: its centre, a postcode or a GeoJSON point, and its radius.";
        Field<NonNullGraphType<PlaceInputGraphType>>("origin").Description("The centre of the circle.");
        Field<NonNullGraphType<FloatGraphType>>("radiusKm").Description($"The radius in kilometres, greater than 0 and at most {Near.MaxRadiusKm}.");
    }
}
