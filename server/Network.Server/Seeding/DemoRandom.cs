namespace Network.Server.Seeding;

/// <summary>
/// Seeded randomness for demo data: the same seed always gives the same network, so demos, screenshots
/// and bug reports can be reproduced. The network's dates are drawn before the demo's fixed <see cref="Today"/>;
/// only the programmes' follow the clock (<see cref="ProgrammeSeeder"/>), since a programme's status depends on today.
/// </summary>
internal sealed class DemoRandom(int seed)
{
    // Letters that appear in the last two characters of real UK inward codes (never C, I, K, M, O or V).
    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    private readonly Random _random = new(seed);

    /// <summary>The demo network's "now": every employer, gap and mentor timestamp lies before it, so they never depend on the clock.</summary>
    public static DateTimeOffset Today { get; } = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);

    public int Between(int minInclusive, int maxInclusive) => _random.Next(minInclusive, maxInclusive + 1);

    public bool Chance(int percent) => _random.Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public void Shuffle<T>(T[] items) => _random.Shuffle(items);

    /// <summary>A moment between two others, to the minute.</summary>
    public DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to)
    {
        var minutes = Math.Max(0, (long)(to - from).TotalMinutes);
        return from.AddMinutes(_random.NextInt64(0, minutes + 1));
    }

    /// <summary>A plausible inward code such as <c>2JH</c>: a digit and two letters.</summary>
    public string InwardCode() =>
        string.Create(3, this, static (span, self) =>
        {
            span[0] = (char)('0' + self._random.Next(10));
            span[1] = InwardLetters[self._random.Next(InwardLetters.Length)];
            span[2] = InwardLetters[self._random.Next(InwardLetters.Length)];
        });
}
