using Network.Server.GraphQL.Mutations;

namespace Network.Server.Calendars;

public sealed record CalendarFeedPayload(CalendarFeed? CalendarFeed, IReadOnlyList<UserError>? Errors)
{
    public static CalendarFeedPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
