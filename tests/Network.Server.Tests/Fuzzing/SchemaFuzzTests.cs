using System.Globalization;
using System.Net.Http.Headers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.Data;
using Network.Server.GraphQL;
using Network.Server.Scoring;
using Network.Server.Seeding;
using Network.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Network.Server.Tests.Fuzzing;

/// <summary>
/// Bad input, everywhere: generated requests for every query and mutation field of the running server's schema
/// (see <see cref="CaseGenerator"/>), sent to a server holding a small demo network. However bad the input,
/// no answer is a 5xx, nothing is logged as an error, every error carries a code (<see cref="ResponseOracle"/>),
/// and a refused mutation writes no row. <c>NETWORK_FUZZ_CASES</c> sets the number of cases (a long run:
/// 50000), <c>NETWORK_FUZZ_SEED</c> the seed (1 by default; a failure names it), and
/// <c>NETWORK_FUZZ_CASE</c> replays a single case of that seed.
/// </summary>
public sealed class SchemaFuzzTests(FuzzApp app, ITestOutputHelper output) : IClassFixture<FuzzApp>
{
    private const int DefaultCases = 3_000;

    // The normal run is the same every time; other seeds, and the long mode, look further.
    private const int DefaultSeed = 1;
    private const int ShownFailures = 20;

    private FuzzCallers? _callers;

    [Fact]
    public async Task Every_root_field_answers_bad_input_with_coded_errors_and_refused_mutations_write_nothing()
    {
        var seed = Setting("NETWORK_FUZZ_SEED") ?? DefaultSeed;
        var cases = Setting("NETWORK_FUZZ_CASES") ?? DefaultCases;
        var single = Setting("NETWORK_FUZZ_CASE");
        var generator = await PrepareAsync();
        var writes = new DatabaseWrites(app.ConnectionString);
        await writes.InstallAsync();
        var failures = new List<string>();
        var answers = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var numbers = single is { } only ? [only] : Enumerable.Range(0, cases);
        foreach (var number in numbers)
        {
            var fuzzCase = generator.Generate(seed, number);
            var logged = app.Log.Count;
            var mark = await writes.MarkAsync();
            var (status, text) = await SendAsync(fuzzCase);
            var problems = ResponseOracle.Problems(fuzzCase, status, text).ToList();
            var answer = $"{fuzzCase.Operation} {status} {(ResponseOracle.Refused(fuzzCase, status, text) ? "refused" : "answered")}";
            answers[answer] = answers.GetValueOrDefault(answer) + 1;
            problems.AddRange(app.Log.Since(logged).Select(entry => $"logged {entry}"));
            if (!fuzzCase.IsMutation || ResponseOracle.Refused(fuzzCase, status, text))
            {
                problems.AddRange((await writes.SinceAsync(mark)).Select(written => $"the refused request wrote: {written}"));
            }

            if (problems.Count > 0)
            {
                failures.Add($"{fuzzCase}\n  answered {status}: {(text.Length <= 600 ? text : text[..600] + "...")}\n  - {string.Join("\n  - ", problems)}");
            }
        }

        output.WriteLine($"{numbers.Count()} cases over {generator.Fields.Count} fields, seed {seed}: {failures.Count} failed");
        output.WriteLine(string.Join("\n", answers.Select(a => $"{a.Key}: {a.Value}")));
        Assert.True(
            failures.Count == 0,
            $"{failures.Count} of {numbers.Count()} cases failed; replay with NETWORK_FUZZ_SEED={seed} NETWORK_FUZZ_CASES={cases} " +
            $"(one case: NETWORK_FUZZ_CASE=n).\n\n{string.Join("\n\n", failures.Take(ShownFailures))}");
    }

    private static int? Setting(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? int.Parse(value, CultureInfo.InvariantCulture) : null;

    /// <summary>Seeds a small demo network, once for the class, and reads the IDs it holds.</summary>
    private async Task<CaseGenerator> PrepareAsync()
    {
        await app.SeedOnceAsync(_ => new DemoSeeder(
                app.Services.GetRequiredService<IDbContextFactory<NetworkDbContext>>(), new SilentSeedProgress(), app.Services.GetRequiredService<PairScorer>(), app.Services.GetRequiredService<TimeProvider>())
            .SeedAsync(new DemoSeedOptions(Mentors: 24, Reset: false), CancellationToken.None));
        var schema = app.Services.GetRequiredService<NetworkSchema>();
        var nodeTypes = schema.AllTypes.OfType<IObjectGraphType>().Where(t => t.ResolvedInterfaces.Any(i => i.Name == "Node")).Select(t => t.Name);
        await using var db = app.CreateDbContext();
        var ids = await KnownIds.LoadAsync(db, nodeTypes);
        _callers = new FuzzCallers(app, ids);
        return new CaseGenerator(schema, ids, _callers.Names);
    }

    private async Task<(int Status, string Text)> SendAsync(FuzzCase fuzzCase)
    {
        var http = _callers!.Client(fuzzCase.Caller);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(fuzzCase.Body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.ParseAdd(fuzzCase.Number % 5 == 0 ? "application/json" : "application/graphql-response+json");
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
