using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Pairings;
using Network.Server.Protection;
using Network.Server.Sessions;

namespace Network.Server.Calendars;

/// <summary>
/// <c>GET /calendar/{secret}.ics</c>: a mentor's events from every <see cref="ICalendarEventSource"/> (sessions, webinar registrations)
/// from 90 days ago on, for a calendar to subscribe to; the secret
/// is the caller's credential, so the address is private and revocable. <c>GET /calendar/sessions/{id}.ics</c>: one
/// session to download, for a caller (with a bearer token) who sees its pairing.
/// </summary>
internal static class CalendarEndpoints
{
    public static readonly TimeSpan History = TimeSpan.FromDays(90);

    private const string FeedName = "Skills Network: sessions and webinars";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/calendar/{secret}.ics", FeedAsync).WithEdgeProtection();
        endpoints.MapGet("/calendar/sessions/{sessionId}.ics", SessionAsync).WithEdgeProtection();
    }

    private static async Task<IResult> FeedAsync(
        string secret, IDbContextFactory<NetworkDbContext> factory, IEnumerable<ICalendarEventSource> sources, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        if (secret.Length is < 20 or > 100)
        {
            return Results.NotFound();
        }

        var hash = CalendarFeedSecret.Hash(secret);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var mentorId = await db.CalendarFeeds.Where(f => f.TokenHash == hash).Select(f => (int?)f.MentorId).SingleOrDefaultAsync(cancellationToken);
        if (mentorId is not { } id)
        {
            return Results.NotFound();
        }

        var since = clock.GetUtcNow() - History;
        var entries = new List<CalendarEntry>();
        foreach (var source in sources)
        {
            entries.AddRange(await source.ForMentorAsync(db, id, since, cancellationToken));
        }

        response.Headers.CacheControl = "private, no-cache";
        return Results.Text(CalendarDocument.Build(FeedName, entries.OrderBy(e => e.StartsAt).ThenBy(e => e.Uid, StringComparer.Ordinal)), CalendarDocument.MediaType);
    }

    private static async Task<IResult> SessionAsync(string sessionId, HttpContext http, IDbContextFactory<NetworkDbContext> factory, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        if (caller.Subject is null)
        {
            return Results.Unauthorized();
        }

        if (GlobalId.TryParse(sessionId, "Session") is not { } key)
        {
            return Results.NotFound();
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var session = await db.PairingSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == key, cancellationToken);
        var pairing = session is null ? null : await db.Pairings.AsNoTracking().SingleAsync(p => p.Id == session.PairingId, cancellationToken);
        if (session is null || !PairingAccess.IsVisible(caller, pairing!))
        {
            return Results.NotFound();
        }

        http.Response.Headers.CacheControl = "private, no-store";
        return CalendarDocument.File(SessionCalendar.Name, await SessionCalendarSource.EntriesAsync(db, [session], cancellationToken), $"session-{session.Id}.ics");
    }
}
