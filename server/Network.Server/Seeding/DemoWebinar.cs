using Network.Server.Skills;
using Network.Server.Webinars;

namespace Network.Server.Seeding;

/// <summary>
/// One demo webinar: what it is about and for whom, when it runs relative to the day the demo is seeded (London time),
/// where (a join link, or a venue postcode), how many it takes, how many register (past its capacity, the rest wait), and how far its
/// lifecycle has gone; and how many employers and mentors its organiser invited.
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
    int Registrants,
    WebinarStatus Status,
    string? CancellationReason = null,
    int InvitedEmployers = 0,
    int InvitedMentors = 0);
