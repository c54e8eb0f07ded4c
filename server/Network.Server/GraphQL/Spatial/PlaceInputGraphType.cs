using GraphQL.Types;

namespace Network.Server.GraphQL.Spatial;

/// <summary>A place given one way or the other: <c>@oneOf</c>, so GraphQL validation refuses none or both.</summary>
public sealed class PlaceInputGraphType : InputObjectGraphType
{
    public PlaceInputGraphType()
    {
        Name = "PlaceInput";
        Description = "A place: a West Midlands postcode or a GeoJSON point, exactly one of the two.";
        IsOneOf = true;
        Field<StringGraphType>("postcode").Description("A West Midlands postcode or postcode district, such as \"CV1 2JH\" or \"CV1\".");
        Field<GeoJsonPointInputGraphType>("point").Description("A GeoJSON point.");
    }
}
