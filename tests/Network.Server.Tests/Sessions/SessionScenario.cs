using Microsoft.EntityFrameworkCore;
using Network.Server.GraphQL.Relay;
using Network.Server.Sessions;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Programmes;

namespace Network.Server.Tests.Sessions;

/// <summary>A programme (starting in 30 days, for 180 days) with Ada and Cat in an ACTIVE pairing made within it.</summary>
public sealed record SessionScenario(ProgrammeScenario Programme, string PairingId)
{
    public static async Task<SessionScenario> CreateAsync(NetworkApp app)
    {
        var api = new ProgrammeApi(app);
        var s = await ProgrammeScenario.CreateAsync(app);
        await s.EnrolAsync(api, s.Ada, s.Ben, s.Cat, s.Dev);
        var pairingId = await s.ActivePairingAsync(api, s.Ada, s.Cat);
        return new SessionScenario(s, pairingId);
    }

    /// <summary>A start <paramref name="days"/> days from now at 09:30 London time, with its offset.</summary>
    public static string At(int days, int hour = 9, int minute = 30)
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var date = DateTime.SpecifyKind(DateTime.UtcNow.Date.AddDays(days).AddHours(hour).AddMinutes(minute), DateTimeKind.Unspecified);
        return new DateTimeOffset(date, london.GetUtcOffset(date)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
    }

    public object Online(string startsAt, int minutes = 60) => new
    {
        pairingId = PairingId,
        startsAt,
        timeZone = "Europe/London",
        durationMinutes = minutes,
        format = "ONLINE",
        onlineLink = "https://meet.example.org/ada-cat",
    };

    /// <summary>Moves a session into the past, as if it had happened yesterday.</summary>
    public static async Task MoveToPastAsync(NetworkApp app, string sessionId)
    {
        await using var db = app.CreateDbContext();
        var key = GlobalId.Parse(sessionId, "Session");
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        await db.PairingSessions.Where(x => x.Id == key).ExecuteUpdateAsync(x => x.SetProperty(p => p.StartsAt, start).SetProperty(p => p.EndsAt, start.AddHours(1)));
    }
}
