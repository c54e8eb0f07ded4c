using System.ComponentModel;
using GraphQL;
using Network.Server.Skills;

namespace Network.Server.Webinars;

/// <summary>A new webinar, created as a DRAFT that only its organiser sees.</summary>
public sealed record CreateWebinarInput(
    [property: Description("Up to 200 characters.")] string Title,
    [property: Description("Up to 4000 characters.")] string? Description,
    [property: Id, Description("The skills it teaches: 1 to 10.")] List<string> TopicSkillIds,
    [property: Description("The sectors it is for; at least one.")] List<Sector> Sectors,
    WebinarAudience Audience,
    [property: Description("When it starts, with its UTC offset (2027-03-04T18:00:00+00:00); stored in UTC. In the future, within 400 days.")] DateTimeOffset StartsAt,
    [property: Description("The IANA time zone it is announced in; Europe/London when left out.")] string? TimeZone,
    [property: Description("15 to 480 minutes.")] int DurationMinutes,
    WebinarFormat Format,
    [property: Description("Where an ONLINE webinar is joined: a web address.")] string? JoinLink,
    [property: Description("Where an IN_PERSON webinar meets: a West Midlands postcode.")] string? VenuePostcode,
    [property: Description("The most people who may register, 1 to 10,000.")] int Capacity);
