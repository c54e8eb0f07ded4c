using Network.Server.Hosting;

namespace Network.Server.Geo;

/// <summary>Offline geocoding of West Midlands postcodes, their districts and local authorities.</summary>
public sealed class GeoModule : IFeatureModule
{
    public void Register(FeatureBuilder feature) => feature
        .Query(GeocodeQueries.AddGeocodeQueries);
}
