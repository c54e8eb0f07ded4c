using GraphQL;
using GraphQL.Types;

namespace Network.Server.Geo;

internal static class GeocodeQueries
{
    public static void AddGeocodeQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<GeocodeResultGraphType>>("geocode")
            .Description("Places a West Midlands postcode or postcode district. Errors say whether it is malformed, unknown or outside the region.")
            .Argument<NonNullGraphType<StringGraphType>>("postcode")
            .Resolve(context =>
            {
                var (postcode, district) = PostcodeDirectory.Instance.Geocode(context.GetArgument<string>("postcode")).OrThrow();
                return new GeocodeResult(
                    postcode.ToString(), district.Outcode, district.Town,
                    district.Centroid, district.LocalAuthority);
            });
}
