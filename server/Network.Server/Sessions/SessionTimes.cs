namespace Network.Server.Sessions;

/// <summary>Time zones for sessions: IANA names, and a moment as the mentors see it where they meet.</summary>
public static class SessionTimes
{
    public static bool TryFind(string id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64 || !TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) || !found.HasIanaId)
        {
            return false;
        }

        zone = found;
        return true;
    }

    public static DateTimeOffset Local(DateTimeOffset at, string timeZone) =>
        TryFind(timeZone, out var zone) ? TimeZoneInfo.ConvertTime(at, zone) : at;
}
