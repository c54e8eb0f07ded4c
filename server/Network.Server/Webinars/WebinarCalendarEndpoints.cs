using Microsoft.EntityFrameworkCore;
using Network.Server.Calendars;
using Network.Server.Data;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Protection;

namespace Network.Server.Webinars;

/// <summary>
/// <c>GET /calendar/webinar-registrations/{id}.ics</c>: one registration as an <c>.ics</c> file to download, for a caller (with a
/// bearer token) who sees it: the registrant, and the webinar's organiser and administrators. Anyone else is told it does not exist.
/// </summary>
internal static class WebinarCalendarEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/calendar/webinar-registrations/{registrationId}.ics", RegistrationAsync).WithEdgeProtection();

    private static async Task<IResult> RegistrationAsync(string registrationId, HttpContext http, IDbContextFactory<NetworkDbContext> factory, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        if (caller.Subject is null)
        {
            return Results.Unauthorized();
        }

        if (GlobalId.TryParse(registrationId, "WebinarRegistration") is not { } key)
        {
            return Results.NotFound();
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var registration = await db.WebinarRegistrations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == key, cancellationToken);
        var webinar = registration is null ? null : await db.Webinars.AsNoTracking().SingleAsync(w => w.Id == registration.WebinarId, cancellationToken);
        if (registration is null || !WebinarAccess.Sees(caller, webinar!, registration))
        {
            return Results.NotFound();
        }

        http.Response.Headers.CacheControl = "private, no-store";
        return CalendarDocument.File(WebinarCalendar.Name, [WebinarCalendar.Entry(webinar!, registration)], $"webinar-registration-{registration.Id}.ics");
    }
}
