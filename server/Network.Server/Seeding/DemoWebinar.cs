using Network.Server.Skills;
using Network.Server.Webinars;

namespace Network.Server.Seeding;

/// <summary>
/// One demo webinar: what it is about and for whom, when it runs relative to the day the demo is seeded (London time),
/// where (a join link, or a venue postcode), how many it takes, and how far its lifecycle has gone.
/// </summary>
internal sealed record DemoWebinar(
    string Title,
    string Description,
    int[] TopicSkillIds,
    Sector[] Sectors,
    WebinarAudience Audience,
    int StartsInDays,
    int StartsAtHour,
    int DurationMinutes,
    string? JoinLink,
    string? VenuePostcode,
    int Capacity,
    WebinarStatus Status,
    string? CancellationReason = null);
