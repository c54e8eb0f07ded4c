using System.Text;
using Network.Server.GraphQL.Relay;

namespace Network.Server.Tests.Fuzzing;

/// <summary>Values of each scalar kind, plausible and hostile: what a careless or malicious client sends.</summary>
public static class HostileValues
{
    /// <summary>Strings, about the size of the request limit among them (<see cref="FuzzApp.MaxRequestBytes"/>).</summary>
    public static string Text(Random random) => Huge(random.Next(24), random) switch
    {
        0 => string.Empty,
        1 => "   ",
        2 => "\t\r\n",
        3 => "\0",
        4 => "text\0with a NUL",
        5 => "\u0001\u0007\u001b[31m\u007f\u0085",
        6 => "\ud800",
        7 => "lone low \udc00 surrogate",
        8 => "\u202eRTL \u200b zero width \ufeff",
        9 => "😀 emoji and ünïcödé",
        10 => new string('x', random.Next(199, 203)),
        11 => new string('y', random.Next(250, 320)),
        12 => new string('z', 10_000),
        13 => Repeat("é", random.Next(1, 5) * 100_000),
        14 => new string('a', 1_000_000),
        15 => "'; drop table employers; --",
        16 => "%_\\%",
        17 => "<script>alert(1)</script>",
        18 => "javascript:alert(1)",
        19 => "https://example.org/" + new string('p', 400),
        20 => "a@b",
        21 => "B1 1AA",
        22 => "ZZ99 9ZZ",
        _ => "Birmingham",
    };

    /// <summary>A string beyond the request-size limit: the body cannot be read whole.</summary>
    public static string BeyondLimit() => new('b', FuzzApp.MaxRequestBytes + 1024);

    public static FuzzValue WholeNumber(Random random) => random.Next(16) switch
    {
        0 => FuzzValue.Number(0),
        1 => FuzzValue.Number(-1),
        2 => FuzzValue.Number(int.MaxValue),
        3 => FuzzValue.Number(int.MinValue),
        4 => FuzzValue.Number(2_147_483_648L),
        5 => FuzzValue.Number(-2_147_483_649L),
        6 => FuzzValue.Number("9223372036854775808"),
        7 => FuzzValue.Number("1e3"),
        8 => FuzzValue.Number("1.5"),
        9 => FuzzValue.Number(1_000_000),
        10 => FuzzValue.Number(51),
        _ => FuzzValue.Number(random.Next(1, 10)),
    };

    public static FuzzValue FractionalNumber(Random random) => random.Next(14) switch
    {
        0 => FuzzValue.Number("1e309"),
        1 => FuzzValue.Number("-1e309"),
        2 => FuzzValue.Number("1e-400"),
        3 => FuzzValue.Number("1.7976931348623157e308"),
        4 => new FuzzValue("\"NaN\"", "NaN"),
        5 => new FuzzValue("\"Infinity\"", "Infinity"),
        6 => FuzzValue.Number("-0.0"),
        7 => FuzzValue.Number("180.0001"),
        8 => FuzzValue.Number("-90.5"),
        9 => FuzzValue.Number(int.MaxValue),
        _ => FuzzValue.Number((random.NextDouble() * 4 - 2).ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
    };

    public static string Date(Random random) => random.Next(10) switch
    {
        0 => "2026-02-30",
        1 => "0000-01-01",
        2 => "9999-12-31",
        3 => "0001-01-01",
        4 => "2026-13-01",
        5 => "01/12/2026",
        6 => "2026-12-01T10:00:00Z",
        _ => $"2026-{random.Next(1, 13):00}-{random.Next(1, 29):00}",
    };

    public static string DateTime(Random random) => random.Next(10) switch
    {
        0 => "2026-12-01T25:00:00Z",
        1 => "0001-01-01T00:00:00Z",
        2 => "9999-12-31T23:59:59.9999999+14:00",
        3 => "0001-01-01T00:00:00-14:00",
        4 => "2026-12-01",
        5 => "2026-12-01T10:00:00",
        6 => "2026-12-01T10:00:00+99:00",
        _ => $"2026-{random.Next(1, 13):00}-{random.Next(1, 29):00}T{random.Next(0, 24):00}:00:00Z",
    };

    /// <summary>IDs that are not IDs of anything: not base64, base64 of garbage, keys out of range.</summary>
    public static string BogusId(Random random, string typeName) => random.Next(14) switch
    {
        0 => string.Empty,
        1 => "not base64!",
        2 => Base64("garbage"),
        3 => GlobalId.Serialize(typeName, 999_999),
        4 => Base64($"{typeName}:-1"),
        5 => Base64($"{typeName}:0"),
        6 => Base64($"{typeName}:99999999999"),
        7 => GlobalId.Serialize(typeName, int.MaxValue),
        8 => Base64(":1"),
        9 => Base64($"{typeName}:"),
        10 => Convert.ToBase64String([0xff, 0xfe, 0x3a, 0x31]),
        11 => Base64($"{typeName}:1").TrimEnd('=').Replace('+', '-').Replace('/', '_') + "====",
        12 => Base64(new string('x', 300) + ":1"),
        _ => Base64($"{typeName}\ni1"),
    };

    // Megabyte strings make slow requests: one pick in four of them stands.
    private static int Huge(int pick, Random random) => pick is 13 or 14 && random.Next(4) != 0 ? 23 : pick;

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
