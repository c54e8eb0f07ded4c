using NetTopologySuite.Geometries;

namespace Network.Server.GraphQL.Spatial;

/// <summary>Places the postcode of a <c>near</c> argument; the Geo feature supplies it.</summary>
public interface IPostcodeLocator
{
    /// <summary>The point <paramref name="postcode"/> stands for; an <c>ExecutionError</c> whose code says why when it cannot be placed.</summary>
    Point Locate(string postcode);
}
