namespace Network.Benchmarks.Peer;

/// <summary>
/// The statements one request costs: with the statistics reset, one client sends a query's requests one after another,
/// and each statement the server's role ran is shown per request, with its mean execution time and its text.
/// </summary>
internal static class StatementCount
{
    public static async Task<double> ShowAsync(PeerTarget target, PeerQuery query, int requests, PostgresMonitor monitor)
    {
        await monitor.ResetStatementsAsync();
        for (var i = 0; i < requests; i++)
        {
            var (_, error) = await target.Client.SendAsync(target.Request(query, query.Arguments[i % query.Arguments.Count]));
            if (error is not null)
            {
                throw new InvalidOperationException($"{target.Name}, {query.Name}: {error}");
            }
        }

        var statements = await monitor.StatementsAsync(target.Role);
        var perRequest = statements.Sum(s => s.Calls) / (double)requests;
        Console.WriteLine($"{target.Name}, {query.Name}: {perRequest:F2} statements per request over {requests} requests, "
            + $"{statements.Sum(s => s.TotalMilliseconds) / requests:F3} ms of execution and {statements.Sum(s => s.PlanMilliseconds) / requests:F3} ms of planning per request");
        foreach (var s in statements)
        {
            var text = string.Join(' ', s.Query.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
            Console.WriteLine($"  {s.Calls / (double)requests,5:F2} × {s.TotalMilliseconds / Math.Max(1, s.Calls),7:F3} ms, {s.Rows / (double)Math.Max(1, s.Calls),6:F1} rows, "
                + $"planned {s.Plans / (double)Math.Max(1, s.Calls):P0} of calls ({s.PlanMilliseconds / Math.Max(1, s.Plans):F3} ms a plan): "
                + (text.Length > 300 ? text[..300] + "…" : text));
        }

        return perRequest;
    }
}
