using NetTopologySuite.Geometries;

namespace Network.Server.Webinars;

/// <summary>Where a webinar meets: a join link online, or a venue postcode and its location in person.</summary>
internal sealed record WebinarPlace(string? JoinLink, string? VenuePostcode, Point? Location)
{
    public void ApplyTo(Webinar webinar)
    {
        webinar.JoinLink = JoinLink;
        webinar.VenuePostcode = VenuePostcode;
        webinar.Location = Location;
    }
}
