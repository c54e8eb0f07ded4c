using NetTopologySuite.Geometries;

namespace Network.Server.Geo;

public sealed record GeocodeResult(string Postcode, string Outcode, string Town, Point Location, LocalAuthority LocalAuthority);
