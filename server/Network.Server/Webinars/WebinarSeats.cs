namespace Network.Server.Webinars;

/// <summary>How many hold a seat at a webinar and how many wait for one.</summary>
public sealed record WebinarSeats(int Registered, int Waitlisted)
{
    public static WebinarSeats None { get; } = new(0, 0);

    public int Left(int capacity) => Math.Max(capacity - Registered, 0);
}
