using GraphQL;
using Network.Server.Skills;

namespace Network.Server.Employers;

/// <summary>Changes to an employer; fields left out (or null) keep their value.</summary>
public sealed record UpdateEmployerInput([property: Id] string EmployerId, string? Name, Sector? Sector, SizeBand? Size, string? Postcode, string? Website, bool? RequiresPairingApproval);
