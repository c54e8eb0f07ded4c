namespace Network.Server.Seeding;

/// <summary>The demo's "now", the day its network was complete, and the earlier and the later of two moments.</summary>
internal static class DemoMoments
{
    /// <summary>A Tuesday morning the demo's calendar is laid out from, a whole number of weeks away from every demo's now.</summary>
    private static readonly DateTimeOffset Anchor = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>How long before its now the demo's network was complete: its programmes started after that.</summary>
    private static readonly TimeSpan NetworkAge = TimeSpan.FromDays(89);

    /// <summary>
    /// The demo's now: the last Tuesday morning at or before the clock's now, so that the running programme runs this week and
    /// the recruiting one's deadline and the webinars ahead lie ahead. Every date of the demo is laid out from it, network and
    /// programmes alike, so a demo seeded in another week is the same demo moved by whole weeks: the same rows under the same
    /// IDs (which the README's walks name), on the same weekdays.
    /// </summary>
    public static DateTimeOffset Now(TimeProvider clock)
    {
        var weeks = Math.Floor((clock.GetUtcNow() - Anchor) / TimeSpan.FromDays(7));
        return Anchor.AddDays(7 * weeks);
    }

    /// <summary>The day the demo's network was complete: every employer, gap and mentor timestamp lies before it.</summary>
    public static DateTimeOffset NetworkToday(DateTimeOffset now) => now - NetworkAge;

    public static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;

    public static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
