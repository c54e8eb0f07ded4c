using GraphQL;

namespace Network.Server.Geo;

/// <summary>Why a postcode could not be placed, or the district it lies in.</summary>
public abstract record GeocodeOutcome
{
    private GeocodeOutcome()
    {
    }

    /// <summary>Why the postcode cannot be placed, in words a user reads; empty when it was found.</summary>
    public abstract string Problem { get; }

    /// <summary>The result of a query argument: the place found, or a GraphQL error whose code says why not.</summary>
    public Found OrThrow() => this switch
    {
        Found found => found,
        OutsideRegion => throw new ExecutionError(Problem) { Code = "POSTCODE_OUTSIDE_REGION" },
        UnknownDistrict => throw new ExecutionError(Problem) { Code = "POSTCODE_NOT_FOUND" },
        _ => throw new ExecutionError(Problem) { Code = "INVALID_POSTCODE" },
    };

    public sealed record Found(Postcode Postcode, PostcodeDistrict District) : GeocodeOutcome
    {
        public override string Problem => string.Empty;
    }

    public sealed record Malformed(string Input) : GeocodeOutcome
    {
        public override string Problem => $"'{Input}' is not a valid UK postcode.";
    }

    public sealed record OutsideRegion(Postcode Postcode) : GeocodeOutcome
    {
        public override string Problem => $"{Postcode} is outside the West Midlands.";
    }

    public sealed record UnknownDistrict(Postcode Postcode) : GeocodeOutcome
    {
        public override string Problem => $"The postcode district {Postcode.Outcode} is not known.";
    }
}
