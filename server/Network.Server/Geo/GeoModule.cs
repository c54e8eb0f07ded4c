using Network.Server.GraphQL.Spatial;
using Network.Server.Hosting;

namespace Network.Server.Geo;

/// <summary>Offline geocoding of West Midlands postcodes, their districts and local authorities; the places <c>near</c> searches from.</summary>
public sealed class GeoModule : IFeatureModule
{
    public void Register(FeatureBuilder feature)
    {
        feature.Services.AddSingleton<IPostcodeLocator>(PostcodeDirectory.Instance);
        feature.Query(GeocodeQueries.AddGeocodeQueries);
    }
}
