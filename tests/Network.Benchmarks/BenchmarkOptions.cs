using System.Globalization;

namespace Network.Benchmarks;

internal sealed record BenchmarkOptions(int Mentors, int Concurrency, TimeSpan Warmup, TimeSpan Duration, int Rounds, bool Budgets, int Requests, bool Matches, bool Plan, bool Programmes, bool Evaluation, bool Insights, IReadOnlyList<int> Sizes,
    bool ProductionLoad, bool Soak, IReadOnlyList<int> Clients, int MemoryClients, int Rate, int Minutes, int ReportSeconds,
    IReadOnlyDictionary<string, string> ServerSettings, int PoolSize, bool Smoke, bool AllocationProfile, bool Peer, IReadOnlyDictionary<string, string> ConnectionSettings,
    bool Nearest)
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

        // --nearest measures the first and a later page of skillsGaps, employers and mentors ordered by distance from B1.
        var nearest = args.Contains("--nearest");

        // --production-load drives two server processes with 8, 64 and 256 clients (--clients), then one with --memory-clients.
        var productionLoad = args.Contains("--production-load");

        // --soak sends --rate requests a second to two server processes for --minutes, reporting every --report-seconds.
        var soak = args.Contains("--soak");

        // --smoke checks machine-independent figures against smoke-thresholds.json in seconds: per workload a 2 s warm-up,
        // then --seconds (5) timed in --rounds (5) alternating slices: a slice must be long beside a request's latency on a busy machine.
        var smoke = args.Contains("--smoke");

        // --peer compares our server with PostGraphile on one database: the same queries, 8 and 32 clients unless --clients says otherwise.
        var peer = args.Contains("--peer");
        var clients = Array.IndexOf(args, "--clients") is var c and >= 0 && c + 1 < args.Length
            ? args[c + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
            : peer ? [8, 32] : [8, 64, 256];
        // --server-setting NAME=VALUE (repeatable) adds an environment variable to both server processes, e.g. a GC setting to compare.
        var serverSettings = Pairs(args, "--server-setting");

        // --connection-setting KEY=VALUE (repeatable, --peer) adds an Npgsql keyword to our server's connection string, e.g. Max Auto Prepare=20.
        var connectionSettings = Pairs(args, "--connection-setting");
        var sizes = Array.IndexOf(args, "--sizes") is var at and >= 0 && at + 1 < args.Length
            ? args[at + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
            : plan ? [500, 1_000, 2_000] : programmes ? [2_000] : [10_000, 100_000, 1_000_000];
        return new BenchmarkOptions(
            Read("--mentors", budgets || productionLoad || soak || smoke ? 300 : peer ? 2_000 : insights ? 1_000_000 : plan || programmes || evaluation ? 10_000 : 100_000),
            Read("--concurrency", matches || plan ? 1 : 8),
            TimeSpan.FromSeconds(Read("--warmup", smoke ? 2 : evaluation ? 10 : productionLoad || peer ? 20 : 30)),
            TimeSpan.FromSeconds(Read("--seconds", smoke ? 5 : productionLoad ? 60 : 15)),
            Read("--rounds", smoke ? 5 : 3),
            budgets,
            Read("--requests", plan || programmes ? 15 : evaluation ? 50 : insights ? 100 : 200),
            matches,
            plan,
            programmes,
            evaluation,
            insights,
            sizes,
            productionLoad,
            soak,
            clients,
            Read("--memory-clients", 100),
            Read("--rate", 100),
            Read("--minutes", 30),
            Read("--report-seconds", 60),
            serverSettings,
            Read("--pool-size", 100),
            smoke,
            // --allocation-profile samples where 5,000 GraphQL requests of the default mode allocate, by type.
            args.Contains("--allocation-profile"),
            peer,
            connectionSettings,
            nearest).Validated();
    }

    private static Dictionary<string, string> Pairs(string[] args, string option) =>
        args.Select((a, i) => (a, i)).Where(p => p.a == option && p.i + 1 < args.Length)
            .Select(p => args[p.i + 1].Split('=', 2))
            .ToDictionary(kv => kv[0], kv => kv.Length == 2 ? kv[1] : throw new ArgumentException($"{option} '{kv[0]}' is not NAME=VALUE."));

    /// <summary>Refuses values the production load and soak cannot run with, saying which.</summary>
    private BenchmarkOptions Validated()
    {
        var problems = new List<string>();
        if (Clients.Count == 0 || Clients.Any(c => c is < 1 or > 10_000))
        {
            problems.Add("--clients must be a comma-separated list of client counts between 1 and 10000.");
        }

        if (MemoryClients is < 1 or > 10_000)
        {
            problems.Add("--memory-clients must be between 1 and 10000.");
        }

        if (Rate is < 1 or > 100_000)
        {
            problems.Add("--rate must be between 1 and 100000 requests a second.");
        }

        if (Minutes is < 1 or > 24 * 60)
        {
            problems.Add("--minutes must be between 1 and 1440.");
        }

        if (ReportSeconds is < 1 || ReportSeconds > Minutes * 60)
        {
            problems.Add("--report-seconds must be at least 1 and no longer than the run.");
        }

        // Two pools must fit in the benchmark cluster's max_connections of 300, with a few to spare for the benchmark itself.
        if (PoolSize is < 1 or > 140)
        {
            problems.Add("--pool-size must be between 1 and 140 connections per instance.");
        }

        if (Mentors < 1)
        {
            problems.Add("--mentors must be at least 1.");
        }

        if (Rounds is < 1 or > 100)
        {
            problems.Add("--rounds must be between 1 and 100.");
        }

        if (Warmup < TimeSpan.Zero || Duration <= TimeSpan.Zero)
        {
            problems.Add("--warmup must not be negative and --seconds must be positive.");
        }

        return problems.Count == 0 ? this : throw new ArgumentException(string.Join(" ", problems));
    }
}
