using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Network.Server.Data;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Npgsql;

namespace Network.Benchmarks.Engine;

/// <summary>
/// The peer comparison's flat page (20 open gaps of a sector, most severe first) read from a real, seeded PostgreSQL:
/// by Npgsql alone, reading the four columns the answer needs, and by EF Core as the server could read it (a query
/// built per request as the server builds its pages, a compiled query, a compiled query of the four columns only), each
/// with a context from the pool as a request takes one. The difference to Npgsql is the least EF Core adds to a
/// statement; the round trip and PostgreSQL's work are the same in every case.
/// </summary>
[MemoryDiagnoser]
public class DataAccessBenchmark : IAsyncDisposable
{
    private const int PageSize = 21;

    private const string Sql = """
        SELECT s.id, s.severity, s.hard_to_fill_vacancies, s.published_at
        FROM skills_gaps AS s
        WHERE s.status = 0 AND s.sector = $1
        ORDER BY s.severity DESC, s.hard_to_fill_vacancies DESC, s.id
        LIMIT 21
        """;

    private static readonly Func<NetworkDbContext, Sector, IAsyncEnumerable<SkillsGap>> Compiled = EF.CompileAsyncQuery(
        (NetworkDbContext db, Sector sector) => db.Set<SkillsGap>().AsNoTracking()
            .Where(g => g.Status == SkillsGapStatus.Open && g.Sector == sector)
            .OrderByDescending(g => g.Severity).ThenByDescending(g => g.HardToFillVacancies).ThenBy(g => g.Id)
            .Take(PageSize));

    private static readonly Func<NetworkDbContext, Sector, IAsyncEnumerable<GapRow>> CompiledColumns = EF.CompileAsyncQuery(
        (NetworkDbContext db, Sector sector) => db.Set<SkillsGap>()
            .Where(g => g.Status == SkillsGapStatus.Open && g.Sector == sector)
            .OrderByDescending(g => g.Severity).ThenByDescending(g => g.HardToFillVacancies).ThenBy(g => g.Id)
            .Take(PageSize)
            .Select(g => new GapRow(g.Id, g.Severity, g.HardToFillVacancies, g.PublishedAt)));

    private BenchmarkDatabase? _database;
    private NpgsqlDataSource? _dataSource;
    private PooledDbContextFactory<NetworkDbContext>? _contexts;
    private PooledDbContextFactory<NetworkDbContext>? _uncheckedContexts;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _database = await BenchmarkDatabase.CreateAsync(mentors: 2_000);
        _dataSource = new NpgsqlDataSourceBuilder(DataServiceCollectionExtensions.Tune(_database.ConnectionString)).UseNetTopologySuite().Build();
        _contexts = new PooledDbContextFactory<NetworkDbContext>(
            new DbContextOptionsBuilder<NetworkDbContext>().UseNetworkDatabase(_database.ConnectionString).Options);

        _uncheckedContexts = new PooledDbContextFactory<NetworkDbContext>(
            new DbContextOptionsBuilder<NetworkDbContext>().UseNetworkDatabase(_database.ConnectionString).EnableThreadSafetyChecks(false).Options);

        // Every way must read the same page, or the comparison means nothing.
        var expected = string.Join(",", (await ReadNpgsqlAsync()).Select(r => r.Id));
        foreach (var other in new[] { await BuiltPerRequestAsync(), await BuiltPerRequestUncheckedAsync(), await CompiledAsync(), await CompiledColumnsAsync() })
        {
            if (string.Join(",", other) != expected || expected.Length == 0)
            {
                throw new InvalidOperationException($"The pages differ: {expected} against {string.Join(",", other)}");
            }
        }
    }

    [Benchmark(Baseline = true)]
    public async Task<int> NpgsqlAloneAsync() => (await ReadNpgsqlAsync()).Count;

    /// <summary>As the server reads a page: the query built for the request, whole rows.</summary>
    [Benchmark]
    public Task<int[]> BuiltPerRequestAsync() => BuildAndReadAsync(_contexts!);

    /// <summary>The same without EF Core's check that a context serves one operation at a time.</summary>
    [Benchmark]
    public Task<int[]> BuiltPerRequestUncheckedAsync() => BuildAndReadAsync(_uncheckedContexts!);

    private static async Task<int[]> BuildAndReadAsync(PooledDbContextFactory<NetworkDbContext> contexts)
    {
        await using var db = contexts.CreateDbContext();
        var sector = Sector.IctDigital;
        var rows = await db.Set<SkillsGap>().AsNoTracking()
            .Where(g => g.Status == SkillsGapStatus.Open && g.Sector == sector)
            .OrderByDescending(g => g.Severity).ThenByDescending(g => g.HardToFillVacancies).ThenBy(g => g.Id)
            .Take(PageSize)
            .ToListAsync();
        return [.. rows.Select(r => r.Id)];
    }

    [Benchmark]
    public Task<int[]> CompiledAsync() => ReadCompiledAsync(Compiled, g => g.Id);

    [Benchmark]
    public Task<int[]> CompiledColumnsAsync() => ReadCompiledAsync(CompiledColumns, g => g.Id);

    [GlobalCleanup]
    public async ValueTask DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    private async Task<int[]> ReadCompiledAsync<TRow>(Func<NetworkDbContext, Sector, IAsyncEnumerable<TRow>> query, Func<TRow, int> key)
    {
        await using var db = _contexts!.CreateDbContext();
        var ids = new List<int>(PageSize);
        await foreach (var row in query(db, Sector.IctDigital))
        {
            ids.Add(key(row));
        }

        return [.. ids];
    }

    private async Task<List<GapRow>> ReadNpgsqlAsync()
    {
        await using var command = _dataSource!.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = (int)Sector.IctDigital });
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<GapRow>(PageSize);
        while (await reader.ReadAsync())
        {
            rows.Add(new GapRow(reader.GetInt32(0), (SkillsGapSeverity)reader.GetInt32(1), reader.GetInt32(2), reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return rows;
    }

    private sealed record GapRow(int Id, SkillsGapSeverity Severity, int HardToFillVacancies, DateTimeOffset PublishedAt);
}
