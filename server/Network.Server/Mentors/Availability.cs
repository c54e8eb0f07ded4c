namespace Network.Server.Mentors;

/// <summary>When a mentor can meet.</summary>
public enum Availability
{
    WeekdayMornings,
    WeekdayAfternoons,
    WeekdayEvenings,
    Weekends,
}
