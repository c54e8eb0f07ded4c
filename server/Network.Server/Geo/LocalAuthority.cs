namespace Network.Server.Geo;

/// <summary>A local authority by its ONS code, and whether it belongs to the West Midlands Combined Authority.</summary>
public sealed record LocalAuthority(string Code, string Name, bool CombinedAuthority);
