namespace Network.Server.Seeding;

/// <summary>The earlier and the later of two moments, and the demo's "now".</summary>
internal static class DemoMoments
{
    /// <summary>
    /// The clock's now, to the minute, so that the running programme runs today, the recruiting one's deadline and the webinars
    /// ahead lie ahead; never before the demo's <see cref="DemoRandom.Today"/>, when everyone in the network already exists.
    /// </summary>
    public static DateTimeOffset Now(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        now = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        return now < DemoRandom.Today ? DemoRandom.Today : now;
    }

    public static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;

    public static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
