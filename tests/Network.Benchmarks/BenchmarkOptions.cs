using System.Globalization;

namespace Network.Benchmarks;

internal sealed record BenchmarkOptions(int Mentors, int Concurrency, TimeSpan Warmup, TimeSpan Duration, int Rounds, bool Budgets, int Requests, bool Matches, bool Plan, bool Programmes, bool Evaluation, bool Insights, IReadOnlyList<int> Sizes)
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

        // --matches measures mentorMatches at each size of --sizes (a comma-separated list of mentor counts).
        var matches = args.Contains("--matches");

        // --plan measures planPairings for a pool of each size of --sizes, drawn from one network of --mentors.
        var plan = args.Contains("--plan");

        // --programmes measures enrolInProgramme for a programme of the largest of --sizes mentors, then planPairings for it.
        var programmes = args.Contains("--programmes");

        // --evaluation measures programmeEvaluation and its CSV for a running programme of 1,000 pairs with 20 sessions each.
        var evaluation = args.Contains("--evaluation");

        // --insights measures a refresh of the regional insights snapshot and six insight queries, on 1,000,000 mentors unless told.
        var insights = args.Contains("--insights");
        var sizes = Array.IndexOf(args, "--sizes") is var at and >= 0 && at + 1 < args.Length
            ? args[at + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
            : plan ? [500, 1_000, 2_000] : programmes ? [2_000] : [10_000, 100_000, 1_000_000];
        return new BenchmarkOptions(
            Read("--mentors", budgets ? 300 : insights ? 1_000_000 : plan || programmes || evaluation ? 10_000 : 100_000),
            Read("--concurrency", matches || plan ? 1 : 8),
            TimeSpan.FromSeconds(Read("--warmup", evaluation ? 10 : 30)),
            TimeSpan.FromSeconds(Read("--seconds", 15)),
            Read("--rounds", 3),
            budgets,
            Read("--requests", plan || programmes ? 15 : evaluation ? 50 : insights ? 100 : 200),
            matches,
            plan,
            programmes,
            evaluation,
            insights,
            sizes);
    }
}
