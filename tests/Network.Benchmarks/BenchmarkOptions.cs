using System.Globalization;

namespace Network.Benchmarks;

internal sealed record BenchmarkOptions(int Mentors, int Concurrency, TimeSpan Warmup, TimeSpan Duration, int Rounds, bool Budgets, int Requests)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        int Read(string name, int fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
        }

        // --budgets measures how fast hostile requests are refused; the demo network is enough for it.
        var budgets = args.Contains("--budgets");
        return new BenchmarkOptions(
            Read("--mentors", budgets ? 300 : 100_000),
            Read("--concurrency", 8),
            TimeSpan.FromSeconds(Read("--warmup", 30)),
            TimeSpan.FromSeconds(Read("--seconds", 15)),
            Read("--rounds", 3),
            budgets,
            Read("--requests", 200));
    }
}
