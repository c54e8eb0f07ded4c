using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Network.Benchmarks.Peer;
using Network.Server.SkillsGaps;

namespace Network.Benchmarks.Engine;

/// <summary>
/// Two measured documents' answers with their 20 gaps already in memory: the default mode's
/// <c>skillsGaps(near:)</c> and the peer comparison's flat page. Each is written by GraphQL.NET from a
/// cached, validated document (what the server does for a repeated query, less everything else: no
/// transport, no database, no data loader, no budgets), and written straight with
/// <see cref="Utf8JsonWriter"/> as a hand-written endpoint writes it. The difference is the least the
/// engine adds to every request of that shape, whatever the data access does.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EngineBenchmark : IDisposable
{
    private const string Near = "skillsGaps(near:)";
    private const string Flat = "flat page";

    private static readonly string[] Skills = ["Industrial automation (PLC)", "Cloud security", "Data engineering", "Machine learning operations"];

    private static readonly string[] Employers = ["Digbeth Precision Engineering Ltd", "Jewellery Quarter Digital", "Aston Robotics", "Eastside Build Partners", "Gas Street Data"];

    private readonly DocumentExecuter _executer = new();
    private readonly GraphQLSerializer _serializer = new();
    private readonly MemoryStream _output = new();
    private EngineGap[] _gaps = [];
    private EngineSchema? _schema;
    private GraphQLDocument? _nearDocument;
    private GraphQLDocument? _flatDocument;
    private Inputs? _nearVariables;
    private Inputs? _flatVariables;

    [GlobalSetup]
    public void Setup()
    {
        var published = new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);
        _gaps = [.. Enumerable.Range(1, 20).Select(i => new EngineGap(
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"SkillsGap:{i * 37}")),
            (SkillsGapSeverity)(i % 4),
            1 + (i % 6),
            0.25 * i,
            published.AddHours(-7 * i),
            new EngineNamed(Skills[i % Skills.Length]),
            new EngineNamed(Employers[i % Employers.Length])))];
        _schema = new EngineSchema(_gaps);
        _schema.Initialize();
        _nearDocument = Parser.Parse(SkillsGapsNearQuery.Query);
        _flatDocument = Parser.Parse(PeerQueries.FlatPage().Ours);
        _nearVariables = _serializer.Deserialize<Inputs>("""{"postcode":"B1","radiusKm":10.0,"first":20}""");
        _flatVariables = _serializer.Deserialize<Inputs>("""{"sector":"ICT_DIGITAL"}""");

        // Both ways must write the same answer, or the comparison means nothing (GraphQL.NET escapes a
        // date's "+" where Utf8JsonWriter does not, so the texts are compared once parsed).
        Same(Capture(() => NearCachedDocumentAsync().GetAwaiter().GetResult()), Capture(() => NearDirect()));
        Same(Capture(() => FlatCachedDocumentAsync().GetAwaiter().GetResult()), Capture(() => FlatDirect()));
    }

    /// <summary>The floor's way: the answer written field by field.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Near)]
    public long NearDirect()
    {
        using var json = Begin();
        foreach (var gap in _gaps)
        {
            json.WriteStartObject();
            json.WriteString("id", gap.Id);
            json.WriteString("severity", Name(gap.Severity));
            json.WriteNumber("hardToFillVacancies", gap.HardToFillVacancies);
            json.WriteNumber("distanceKm", gap.DistanceKm);
            json.WriteStartObject("skill");
            json.WriteString("name", gap.Skill.Name);
            json.WriteEndObject();
            json.WriteStartObject("employer");
            json.WriteString("name", gap.Employer.Name);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return End(json);
    }

    /// <summary>A repeated query: the document parsed and validated before, as the server's document cache keeps it.</summary>
    [Benchmark]
    [BenchmarkCategory(Near)]
    public Task<long> NearCachedDocumentAsync() => ExecuteAsync(_nearDocument, null, _nearVariables);

    /// <summary>A query seen for the first time: parsed and validated with the core rules.</summary>
    [Benchmark]
    [BenchmarkCategory(Near)]
    public Task<long> NearNewDocumentAsync() => ExecuteAsync(null, SkillsGapsNearQuery.Query, _nearVariables);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Flat)]
    public long FlatDirect()
    {
        using var json = Begin();
        foreach (var gap in _gaps)
        {
            json.WriteStartObject();
            json.WriteString("id", gap.Id);
            json.WriteString("severity", Name(gap.Severity));
            json.WriteNumber("hardToFillVacancies", gap.HardToFillVacancies);
            json.WriteString("publishedAt", gap.PublishedAt);
            json.WriteEndObject();
        }

        return End(json);
    }

    [Benchmark]
    [BenchmarkCategory(Flat)]
    public Task<long> FlatCachedDocumentAsync() => ExecuteAsync(_flatDocument, null, _flatVariables);

    [GlobalCleanup]
    public void Dispose()
    {
        _output.Dispose();
        _schema?.Dispose();
        GC.SuppressFinalize(this);
    }

    private static string Name(SkillsGapSeverity severity) => severity switch
    {
        SkillsGapSeverity.Low => "LOW",
        SkillsGapSeverity.Medium => "MEDIUM",
        SkillsGapSeverity.High => "HIGH",
        _ => "CRITICAL",
    };

    private static void Same(string graphQL, string direct)
    {
        if (JsonNode.Parse(graphQL)!.ToJsonString() != JsonNode.Parse(direct)!.ToJsonString())
        {
            throw new InvalidOperationException($"The answers differ:\n{graphQL}\n{direct}");
        }
    }

    private async Task<long> ExecuteAsync(GraphQLDocument? document, string? query, Inputs? variables)
    {
        _output.SetLength(0);
        var options = new ExecutionOptions { Schema = _schema, Document = document, Query = query, Variables = variables };
        if (document is not null)
        {
            options.ValidationRules = Array.Empty<IValidationRule>();
        }

        var result = await _executer.ExecuteAsync(options);
        await _serializer.WriteAsync(_output, result);
        return _output.Length;
    }

    private Utf8JsonWriter Begin()
    {
        _output.SetLength(0);
        var json = new Utf8JsonWriter(_output);
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteStartObject("skillsGaps");
        json.WriteStartArray("nodes");
        return json;
    }

    private long End(Utf8JsonWriter json)
    {
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        return _output.Length;
    }

    private string Capture(Action write)
    {
        write();
        return Encoding.UTF8.GetString(_output.ToArray());
    }
}
