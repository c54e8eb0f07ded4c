using System.ComponentModel.DataAnnotations.Schema;
using NetTopologySuite.Geometries;
using Network.Server.GraphQL.Spatial;
using Network.Server.Skills;

namespace Network.Server.Webinars;

/// <summary>
/// An upskilling webinar run by an organiser: topic skills, the sectors and audience it is for, when it runs,
/// online at a join link or in person at a venue, and how many people it takes.
/// </summary>
[Table("webinars")]
public sealed partial class Webinar : ILocated
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    /// <summary>The skills it teaches, in the order given.</summary>
    public List<int> TopicSkillIds { get; set; } = [];

    public List<Sector> Sectors { get; set; } = [];

    public WebinarAudience Audience { get; set; }

    /// <summary>When it starts, in UTC.</summary>
    public DateTimeOffset StartsAt { get; set; }

    /// <summary>When it ends, in UTC: <see cref="StartsAt"/> plus <see cref="DurationMinutes"/>.</summary>
    public DateTimeOffset EndsAt { get; set; }

    public int DurationMinutes { get; set; }

    /// <summary>The IANA time zone it is announced in, for calendars.</summary>
    public required string TimeZone { get; set; }

    public WebinarFormat Format { get; set; }

    /// <summary>Where an online webinar is joined; shown only to those who may join it.</summary>
    public string? JoinLink { get; set; }

    /// <summary>Where an in-person webinar meets.</summary>
    public string? VenuePostcode { get; set; }

    /// <summary>The centre of the venue's postcode district; null online.</summary>
    public Point? Location { get; set; }

    /// <summary>The most people who may register.</summary>
    public int Capacity { get; set; }

    public WebinarStatus Status { get; set; }

    /// <summary>The identity-provider subject of the organiser who created it.</summary>
    public required string OrganiserSubject { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public string? CancellationReason { get; set; }

    [NotMapped]
    public double? DistanceKm { get; set; }
}
