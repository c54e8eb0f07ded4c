namespace Network.Server.GraphQL.Spatial;

/// <summary>
/// An entity listed with a <c>near</c> argument: it carries the distance from the search origin, set
/// after the query has been read, and null when the list was not queried by distance.
/// </summary>
public interface ILocated
{
    double? DistanceKm { get; set; }
}
