namespace Network.Server.Seeding;

/// <summary>
/// Seeded randomness for demo data: the same seed always gives the same network, so demos, screenshots
/// and bug reports can be reproduced. Its dates are laid out from the demo's now (<see cref="DemoMoments.Now"/>), which moves
/// with the clock by whole weeks, so the draws, and the network they make, are the same whenever it is seeded.
/// </summary>
internal sealed class DemoRandom(int seed)
{
    // Letters that appear in the last two characters of real UK inward codes (never C, I, K, M, O or V).
    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    private readonly Random _random = new(seed);

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
