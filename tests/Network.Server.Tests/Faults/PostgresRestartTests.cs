using System.Collections.Concurrent;
using System.Diagnostics;
using Network.Server.Data;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Programmes;
using Network.Server.Tests.Replication;

namespace Network.Server.Tests.Faults;

/// <summary>
/// PostgreSQL stops and starts again under the server while clients keep sending queries and mutations. Requests during the
/// outage fail within a bounded time with <c>DATABASE_UNAVAILABLE</c>, readiness reports the outage, the server recovers by
/// itself, and no mutation is half-applied: a programme and its first code of conduct are written together or not at all.
/// </summary>
[Collection(OwnClusters.Name)]
public sealed class PostgresRestartTests : IAsyncLifetime
{
    private const string Prefix = "Outage cohort";
    private const string CreateProgramme =
        "mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { programme { id } errors { __typename } } }";

    /// <summary>The connect timeout plus a wide margin for a loaded machine: no request may wait longer.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(DataServiceCollectionExtensions.DefaultConnectTimeoutSeconds + 15);

    private readonly ConcurrentQueue<Outcome> _outcomes = new();
    private PostgresServer _database = null!;
    private NetworkApp App { get; set; } = null!;
    private int _attempts;

    public async Task InitializeAsync()
    {
        _database = await PostgresServer.CreateAsync("restart");
        App = new NetworkApp { Database = _database.ConnectionString };
        await App.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_restart_fails_requests_fast_and_clearly_and_the_server_recovers_with_no_half_applied_mutation()
    {
        using var stop = new CancellationTokenSource();
        Task[] clients = [WriteAsync(stop.Token), WriteAsync(stop.Token), ReadAsync(stop.Token)];
        await Eventually.TrueAsync(() => Task.FromResult(Succeeded(Kind.Write) >= 3 && Succeeded(Kind.Read) >= 3), "requests to succeed before the outage");

        _database.Stop();
        var failedBefore = _outcomes.Count(o => o.Code is not null);
        Assert.Equal(503, await ReadyStatusAsync());
        await Eventually.TrueAsync(() => Task.FromResult(_outcomes.Count(o => o.Code is not null) >= failedBefore + 4), "requests to fail during the outage");

        _database.Start();
        var writesBefore = Succeeded(Kind.Write);
        var readsBefore = Succeeded(Kind.Read);
        await Eventually.TrueAsync(() => Task.FromResult(Succeeded(Kind.Write) > writesBefore && Succeeded(Kind.Read) > readsBefore), "the server to recover by itself");
        Assert.Equal(200, await ReadyStatusAsync());
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        var outcomes = _outcomes.ToList();
        Assert.Empty(outcomes.Where(o => o.Code is not (null or DatabaseOutage.Code)).Select(o => $"{o.Kind}: {o.Code}"));
        Assert.All(outcomes, o => Assert.True(o.Took < Bound, $"A {o.Kind} took {o.Took}."));
        Assert.Contains(outcomes, o => o.Code == DatabaseOutage.Code);

        // Every accepted programme is there once with its code of conduct; no programme is there without one.
        var accepted = outcomes.Where(o => o is { Kind: Kind.Write, Code: null }).Select(o => o.Name!).ToHashSet();
        await using var db = new Npgsql.NpgsqlConnection(_database.ConnectionString);
        await db.OpenAsync();
        await using var rows = new Npgsql.NpgsqlCommand(
            $"SELECT p.name, (SELECT count(*) FROM programme_conduct_versions c WHERE c.programme_id = p.id) FROM programmes p WHERE p.name LIKE '{Prefix}%'", db);
        await using var reader = await rows.ExecuteReaderAsync();
        var stored = new List<string>();
        while (await reader.ReadAsync())
        {
            stored.Add(reader.GetString(0));
            Assert.Equal(1L, reader.GetInt64(1));
        }

        Assert.Equal(stored.Count, stored.Distinct().Count());
        Assert.Subset(stored.ToHashSet(), accepted);
        Assert.True(stored.Count <= _attempts, $"{stored.Count} programmes stored from {_attempts} attempts.");
    }

    private async Task WriteAsync(CancellationToken stop)
    {
        var client = App.CreateGraphQLClient(TestCallers.Coordinator);
        while (!stop.IsCancellationRequested)
        {
            var name = $"{Prefix} {Interlocked.Increment(ref _attempts)}";
            var started = Stopwatch.StartNew();
            var response = await client.PostAsync(CreateProgramme, new { input = ProgrammeApi.NewProgramme(name) });
            var code = response.Errors is null ? response.Data?["createProgramme"]?["errors"]?[0]?["__typename"]?.GetValue<string>() : response.FirstErrorCode ?? "NO_CODE";
            _outcomes.Enqueue(new Outcome(Kind.Write, name, code, started.Elapsed));
            await Task.Delay(20, CancellationToken.None);
        }
    }

    private async Task ReadAsync(CancellationToken stop)
    {
        var client = App.CreateGraphQLClient(TestCallers.Coordinator);
        while (!stop.IsCancellationRequested)
        {
            var started = Stopwatch.StartNew();
            var response = await client.PostAsync("{ programmes { totalCount nodes { name } } }");
            _outcomes.Enqueue(new Outcome(Kind.Read, null, response.Errors is null ? null : response.FirstErrorCode ?? "NO_CODE", started.Elapsed));
            await Task.Delay(20, CancellationToken.None);
        }
    }

    private int Succeeded(Kind kind) => _outcomes.Count(o => o.Kind == kind && o.Code is null);

    private async Task<int> ReadyStatusAsync()
    {
        using var response = await App.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative));
        return (int)response.StatusCode;
    }

    private enum Kind
    {
        Write,
        Read,
    }

    private sealed record Outcome(Kind Kind, string? Name, string? Code, TimeSpan Took);
}
