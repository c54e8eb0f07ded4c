namespace Network.Server.Geo;

/// <summary>A postcode district (outward code) of the region with its centroid and local authority.</summary>
public sealed record PostcodeDistrict(
    string Outcode,
    double Latitude,
    double Longitude,
    string Town,
    LocalAuthority LocalAuthority);
