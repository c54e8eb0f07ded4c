using Network.Server.GraphQL.Mutations;

namespace Network.Server.Geo;

public static class PostcodeValidation
{
    /// <summary>The district of a West Midlands postcode, or null after recording why it cannot be used (see <see cref="PostcodeErrorsAttribute"/>).</summary>
    public static (Postcode Postcode, PostcodeDistrict District)? Postcode(this InputValidator validator, string field, string? value)
    {
        var outcome = PostcodeDirectory.Instance.Geocode(value);
        switch (outcome)
        {
            case GeocodeOutcome.Found found:
                return (found.Postcode, found.District);
            case GeocodeOutcome.OutsideRegion outside:
                validator.Add(new PostcodeOutsideRegionError(outcome.Problem, field, outside.Postcode.ToString()));
                return null;
            case GeocodeOutcome.UnknownDistrict unknown:
                validator.Add(new PostcodeNotFoundError(outcome.Problem, field, unknown.Postcode.ToString()));
                return null;
            default:
                validator.Add(new InvalidPostcodeError(outcome.Problem, field, value ?? string.Empty));
                return null;
        }
    }
}
