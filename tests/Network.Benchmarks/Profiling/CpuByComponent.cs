using System.Globalization;

namespace Network.Benchmarks.Profiling;

/// <summary>
/// <c>cpu-profile FILE</c>: where a server's CPU goes, by component, from a sampled profile of real CPU time. FILE is the
/// text of <c>perf script -F time,ip,sym</c> for a <c>perf record -g</c> of the process, started with
/// <c>DOTNET_PerfMapEnabled=1</c> and <c>DOTNET_EnableWriteXorExecute=0</c> so that perf names the JIT-compiled frames. Each
/// sample counts for the innermost frame of its stack that belongs to a component (<see cref="Components"/>), so that a
/// sample in the kernel under a Npgsql send counts for Npgsql, and one in <c>System.Linq.Expressions</c> under our filters
/// counts for our filters. Samples with no such frame (the scheduler, interrupts, the garbage collector's own threads)
/// are "kernel, runtime and other". With <c>--from</c> and <c>--to</c> (seconds from the first sample) only that window
/// counts; <c>--timeline</c> prints each second's samples and how many were under GraphQL's middleware and under the
/// floor's endpoint, to find a benchmark's phases; with <c>--frequency</c> (perf's <c>-F</c>) and
/// <c>--requests-per-second</c>, each component's share is also given in microseconds of CPU per request.
/// </summary>
internal static class CpuByComponent
{
    public const string Mode = "cpu-profile";

    /// <summary>Components in the order they are tried for each frame, each with the text that marks its frames.</summary>
    private static readonly (string Name, string[] Marks)[] Components =
    [
        ("GraphQL.NET: validation (variables, arguments)", ["GraphQL.Validation.", "DocumentValidator"]),
        ("authentication (JWT)", ["JwtBearerHandler", "Microsoft.IdentityModel"]),
        ("EF Core: query compilation and cache", ["QueryCompiler::ExecuteAsync", "ExpressionTreeFuncletizer", "CompiledQueryCache"]),
        ("Npgsql (with its socket calls)", ["[Npgsql]"]),
        ("EF Core: commands, materialisation, the rest", ["[Microsoft.EntityFrameworkCore"]),
        ("ours: filters, sorting, paging", ["Network.Server.GraphQL.Filtering", "Network.Server.GraphQL.Sorting", "Network.Server.GraphQL.Paging"]),
        ("GraphQL.NET: execution", ["GraphQL.Execution.", "[GraphQL] GraphQL.DocumentExecuter"]),
        ("JSON (request and answer)", ["GraphQL.SystemTextJson", "System.Text.Json"]),
        ("ours: transport, telemetry, the rest", ["Network.Server"]),
        ("ASP.NET Core and Kestrel", ["Microsoft.AspNetCore"]),
        ("sockets", ["System.Net.Sockets"]),
        ("thread pool", ["ThreadPoolWorkQueue", "PortableThreadPool", "LowLevelLifoSemaphore"]),
    ];

    private const string Other = "kernel, runtime and other";

    public static int Run(string[] args)
    {
        if (args.Length == 0 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine($"Usage: {Mode} PERF-SCRIPT.txt [--from S] [--to S] [--timeline] [--frequency HZ --requests-per-second R]");
            return 2;
        }

        var from = Number(args, "--from") ?? double.MinValue;
        var to = Number(args, "--to") ?? double.MaxValue;
        var frequency = Number(args, "--frequency");
        var rate = Number(args, "--requests-per-second");
        var counts = new Dictionary<string, int>();
        var timeline = new SortedDictionary<int, (int All, int GraphQL, int Floor)>();
        double? first = null;
        var total = 0;
        foreach (var (time, stack) in Samples(args[0]))
        {
            first ??= time;
            var second = time is null ? 0 : time.Value - first!.Value;
            var bucket = timeline.GetValueOrDefault((int)second);
            timeline[(int)second] = (bucket.All + 1,
                bucket.GraphQL + (stack.Exists(f => f.Contains("GraphQLHttpMiddleware", StringComparison.Ordinal)) ? 1 : 0),
                bucket.Floor + (stack.Exists(f => f.Contains("BaselineEndpoint", StringComparison.Ordinal) || f.Contains("FloorServer", StringComparison.Ordinal)) ? 1 : 0));
            if (second < from || second >= to)
            {
                continue;
            }

            var component = ComponentOf(stack);
            counts[component] = counts.GetValueOrDefault(component) + 1;
            total++;
        }

        if (args.Contains("--timeline"))
        {
            Console.WriteLine("second  samples  under GraphQL's middleware  under the floor");
            foreach (var (second, (all, graphQL, floor)) in timeline)
            {
                Console.WriteLine($"{second,6}  {all,7}  {graphQL,26}  {floor,15}");
            }
        }

        var start = Math.Max(from, 0);
        var end = Math.Min(to, timeline.Count == 0 ? 0 : timeline.Keys.Max() + 1);
        var seconds = end - start;
        Console.WriteLine($"{total:N0} samples in {seconds:0} s (from second {start:0} to {end:0})");
        foreach (var (component, count) in counts.OrderByDescending(c => c.Value))
        {
            var perRequest = frequency is { } hz && rate is { } r && seconds > 0 ? $"  {1e6 * count / hz / seconds / r,7:0.0} µs a request" : "";
            Console.WriteLine($"{100.0 * count / total,6:0.0} %{perRequest}  {component}");
        }

        return 0;
    }

    private static string ComponentOf(List<string> stack)
    {
        foreach (var frame in stack)
        {
            foreach (var (name, marks) in Components)
            {
                if (Array.Exists(marks, mark => frame.Contains(mark, StringComparison.Ordinal)))
                {
                    return name;
                }
            }
        }

        return Other;
    }

    /// <summary>Each sample's time (when perf script printed one) and its frames' names, innermost first.</summary>
    private static IEnumerable<(double? Time, List<string> Stack)> Samples(string path)
    {
        double? time = null;
        List<string>? stack = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]))
            {
                if (stack is { Count: > 0 })
                {
                    yield return (time, stack);
                }

                var header = line.TrimEnd().TrimEnd(':');
                time = double.TryParse(header[(header.LastIndexOf(' ') + 1)..].TrimEnd(':'), NumberStyles.Float, CultureInfo.InvariantCulture, out var t) ? t : null;
                stack = [];
                continue;
            }

            var text = line.Trim();
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            if (stack is not null && space > 0)
            {
                stack.Add(text[(space + 1)..]);
            }
        }

        if (stack is { Count: > 0 })
        {
            yield return (time, stack);
        }
    }

    private static double? Number(string[] args, string name) =>
        Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length
            ? double.Parse(args[at + 1], CultureInfo.InvariantCulture)
            : null;
}
