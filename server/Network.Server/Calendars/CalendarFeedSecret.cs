using System.Security.Cryptography;
using System.Text;

namespace Network.Server.Calendars;

/// <summary>The secret in a feed's address: 32 random bytes, URL-safe; stored only as its SHA-256.</summary>
public static class CalendarFeedSecret
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
