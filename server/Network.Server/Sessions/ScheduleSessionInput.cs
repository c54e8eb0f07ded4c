using System.ComponentModel;
using GraphQL;

namespace Network.Server.Sessions;

public sealed record ScheduleSessionInput(
    [property: Id] string PairingId,
    [property: Description("When the session starts, with its UTC offset (2027-03-04T09:30:00+00:00); stored in UTC.")] DateTimeOffset StartsAt,
    [property: Description("The IANA time zone the mentors meet in, for calendars; Europe/London when left out.")] string? TimeZone,
    [property: Description("15 to 240 minutes.")] int DurationMinutes,
    SessionFormat Format,
    [property: Description("Where an ONLINE session meets: a web address.")] string? OnlineLink,
    [property: Description("Where an IN_PERSON session meets: a West Midlands postcode.")] string? VenuePostcode,
    [property: Id, Description("Skills the session works on, up to 10: skills the pairing teaches, one way or the other.")] List<string>? AgendaSkillIds,
    [property: Id, Description("Goals of the pairing's agreement the session works on, up to 10; their skills join the agenda.")] List<string>? AgendaGoalIds = null);
