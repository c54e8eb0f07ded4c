using System.Globalization;

namespace Network.Benchmarks;

internal sealed record BenchmarkOptions(int Mentors, int Concurrency, TimeSpan Warmup, TimeSpan Duration, int Rounds)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        int Read(string name, int fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
        }

        return new BenchmarkOptions(
            Read("--mentors", 100_000),
            Read("--concurrency", 8),
            TimeSpan.FromSeconds(Read("--warmup", 30)),
            TimeSpan.FromSeconds(Read("--seconds", 15)),
            Read("--rounds", 3));
    }
}
