using Network.Server.Skills;

namespace Network.Server.Employers;

public sealed record RegisterEmployerInput(string Name, Sector Sector, SizeBand Size, string Postcode, string? Website, bool? RequiresPairingApproval);
