namespace Network.Server.Geo;

/// <summary>Distances on the Earth's surface, for pairs already in memory (PostGIS measures the rest).</summary>
public static class GreatCircle
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>The haversine distance in kilometres; within a few metres of PostGIS's geodesic at regional scale.</summary>
    public static double Kilometres(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var dLat = double.DegreesToRadians(latitude2 - latitude1);
        var dLon = double.DegreesToRadians(longitude2 - longitude1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(double.DegreesToRadians(latitude1)) * Math.Cos(double.DegreesToRadians(latitude2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
