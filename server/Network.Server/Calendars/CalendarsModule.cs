using Network.Server.Hosting;

namespace Network.Server.Calendars;

/// <summary>Calendars: a mentor's sessions (and the events of other features' <see cref="ICalendarEventSource"/>, such as webinars) as a private, revocable iCalendar feed, and a single session as an <c>.ics</c> file.</summary>
public sealed class CalendarsModule : IFeatureModule
{
    public void Register(FeatureBuilder feature)
    {
        feature.Services.AddHttpContextAccessor();
        feature.Services.AddSingleton<ICalendarEventSource, SessionCalendarSource>();
        feature
            .Types(typeof(CalendarFeedGraphType))
            .Mutation(CalendarMutations.AddCalendarMutations)
            .Endpoints(CalendarEndpoints.Map);
    }
}
