namespace Network.Server.Seeding;

/// <summary>The earlier and the later of two moments.</summary>
internal static class DemoMoments
{
    public static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;

    public static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
