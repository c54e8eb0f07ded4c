using GraphQL;
using Network.Server.GraphQL.Mutations;
using Network.Server.Skills;

namespace Network.Server.Employers;

/// <summary>Changes to an employer; fields left out keep their value, a website given as null is removed, and the other fields may not be null.</summary>
public sealed record UpdateEmployerInput(
    [property: Id] string EmployerId,
    Optional<string?> Name,
    Optional<Sector?> Sector,
    Optional<SizeBand?> Size,
    Optional<string?> Postcode,
    Optional<string?> Website,
    Optional<bool?> RequiresPairingApproval);
