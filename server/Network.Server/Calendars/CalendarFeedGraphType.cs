using GraphQL.Types;
using Network.Server.Identity;

namespace Network.Server.Calendars;

public sealed class CalendarFeedGraphType : ObjectGraphType<CalendarFeed>
{
    public CalendarFeedGraphType()
    {
        Name = "CalendarFeed";
        Description = "A mentor's private iCalendar (RFC 5545) feed of their sessions and webinar registrations, for a calendar app to subscribe to.";
        this.ReadableBy(Role.Mentor);
        Field(f => f.Url, nullable: true)
            .Description("The feed's private address, shown only in the answer to createCalendarFeed: whoever has it reads the mentor's sessions and webinars. Keep it secret; revoke it if it leaks.");
        Field(f => f.CreatedAt);
        Field(f => f.RevokedAt, nullable: true).Description("When the feed was revoked; its address then answers 404.");
    }
}
