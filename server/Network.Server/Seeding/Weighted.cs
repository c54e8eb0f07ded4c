namespace Network.Server.Seeding;

/// <summary>A list of choices where each appears as often as its weight, so a uniform pick is a weighted one.</summary>
internal sealed class Weighted<T>(params (T Value, int Weight)[] choices)
{
    public IReadOnlyList<T> Slots { get; } = [.. choices.SelectMany(c => Enumerable.Repeat(c.Value, c.Weight))];

    public T PickWith(DemoRandom random) => random.Pick(Slots);

    /// <summary>Up to <paramref name="count"/> different values, none of them already in <paramref name="taken"/>, which grows.</summary>
    public List<T> PickDistinct(DemoRandom random, int count, ISet<T> taken)
    {
        var picked = new List<T>(count);
        for (var attempt = 0; picked.Count < count && attempt < count * 20; attempt++)
        {
            var value = random.Pick(Slots);
            if (taken.Add(value))
            {
                picked.Add(value);
            }
        }

        return picked;
    }
}
