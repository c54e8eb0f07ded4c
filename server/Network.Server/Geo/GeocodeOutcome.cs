using GraphQL;

namespace Network.Server.Geo;

/// <summary>Why a postcode could not be placed, or the district it lies in.</summary>
public abstract record GeocodeOutcome
{
    private GeocodeOutcome()
    {
    }

    /// <summary>The result of a query argument: the place found, or a GraphQL error whose code says why not.</summary>
    public Found OrThrow() => this switch
    {
        Found found => found,
        OutsideRegion o => throw new ExecutionError($"{o.Postcode} is outside the West Midlands.") { Code = "POSTCODE_OUTSIDE_REGION" },
        UnknownDistrict u => throw new ExecutionError($"The postcode district {u.Postcode.Outcode} is not known.") { Code = "POSTCODE_NOT_FOUND" },
        Malformed m => throw new ExecutionError($"'{m.Input}' is not a valid UK postcode.") { Code = "INVALID_POSTCODE" },
        _ => throw new InvalidOperationException(),
    };

    public sealed record Found(Postcode Postcode, PostcodeDistrict District) : GeocodeOutcome;

    public sealed record Malformed(string Input) : GeocodeOutcome;

    public sealed record OutsideRegion(Postcode Postcode) : GeocodeOutcome;

    public sealed record UnknownDistrict(Postcode Postcode) : GeocodeOutcome;
}
