namespace Network.Benchmarks.Peer;

/// <summary>
/// <c>--peer</c>: our server and PostGraphile side by side on one seeded database, with the same logical queries (a nested
/// read three levels deep and a flat page), and beside them the hand-written floor (<see cref="FloorServer"/>), what the
/// least ASP.NET Core server spends. Checks all return the same data, counts the statements a request costs each, warms
/// them up, then times rounds of closed-loop phases for each query and each number of clients (<c>--clients</c>), the
/// servers in turn (the order reversed every other round). Fails when the data differ, a
/// request fails, or the target is missed: our server and PostgreSQL at most 0.6 of PostGraphile's CPU per request,
/// and more requests per second, for every query and number of clients.
/// </summary>
internal static class PeerBenchmark
{
    public const double CpuTarget = 0.6;
    private const int CountedRequests = 200;

    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        var maxClients = options.Clients.Max();
        Console.WriteLine($"Peer comparison: {string.Join(" and ", options.Clients)} closed-loop clients in this process, {options.Warmup.TotalSeconds:F0} s warm-up per server "
            + $"and query, then {options.Rounds} rounds of {options.Duration.TotalSeconds:F0} s per server, query and number of clients.");
        await using var network = await PeerNetwork.StartAsync(options.Mentors, maxClients, options.ServerSettings, options.ConnectionSettings);
        var ours = network.Targets[0];
        var peer = network.Targets[1];
        var floor = network.Targets[2];
        PeerQuery[] queries = [PeerQueries.NestedRead(network.Authorities), PeerQueries.FlatPage()];

        foreach (var query in queries)
        {
            if (!await PeerCheck.SameDataAsync(query, ours, peer) || !await PeerCheck.SameDataAsync(query, floor, peer))
            {
                Console.WriteLine("The servers' answers differ: nothing is measured.");
                return 1;
            }
        }

        foreach (var query in queries)
        {
            foreach (var target in network.Targets)
            {
                await StatementCount.ShowAsync(target, query, CountedRequests, network.Monitor);
            }
        }

        var warmUpErrors = 0;
        foreach (var query in queries)
        {
            foreach (var target in network.Targets)
            {
                var warm = await PeerPhase.RunAsync(target, query, maxClients, options.Warmup, network.Monitor, network.PostgresCpuSeconds);
                Console.WriteLine($"warm-up: {warm}");
                warmUpErrors += warm.Errors;
            }
        }

        var phases = new List<PhaseFigures>();
        for (var round = 0; round < options.Rounds; round++)
        {
            foreach (var query in queries)
            {
                foreach (var clients in options.Clients)
                {
                    foreach (var target in round % 2 == 0 ? network.Targets : network.Targets.Reverse())
                    {
                        var phase = await PeerPhase.RunAsync(target, query, clients, options.Duration, network.Monitor, network.PostgresCpuSeconds);
                        Console.WriteLine($"round {round + 1}: {phase}");
                        phases.Add(phase);
                    }
                }
            }
        }

        var met = PeerSummary.Print(phases, ours.Name, peer.Name, floor.Name);
        var errors = warmUpErrors + phases.Sum(p => p.Errors);
        if (errors > 0)
        {
            Console.WriteLine($"{errors} requests failed: the run fails.");
        }

        return met && errors == 0 ? 0 : 1;
    }
}
