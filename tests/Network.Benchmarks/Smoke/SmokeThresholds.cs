using System.Text.Json;
using Network.Server.Hosting;

namespace Network.Benchmarks.Smoke;

/// <summary>
/// The committed reference figures of <c>--smoke</c> and the limit each must stay within, from <c>smoke-thresholds.json</c>
/// beside this project: for each figure the value recorded when the file was last updated, and the worst value still
/// accepted (a ceiling for costs, a floor for throughput ratios).
/// </summary>
internal sealed class SmokeThresholds
{
    public const string FileName = "smoke-thresholds.json";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    public string Recorded { get; init; } = "";

    public Dictionary<string, SmokeThreshold> Figures { get; init; } = [];

    /// <summary>Reads the file from the checkout the benchmark runs in, and refuses one that is missing, unreadable or incomplete.</summary>
    public static SmokeThresholds Load(IEnumerable<SmokeFigure> expected)
    {
        var root = RepositoryRoot.Find(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException($"No Network.sln above {AppContext.BaseDirectory}: run the benchmark from its checkout.");
        var path = Path.Combine(root, "tests", "Network.Benchmarks", FileName);
        SmokeThresholds thresholds;
        try
        {
            thresholds = JsonSerializer.Deserialize<SmokeThresholds>(File.ReadAllText(path), Json)
                ?? throw new InvalidOperationException($"{path} is empty.");
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            throw new InvalidOperationException($"{path} could not be read: {e.Message}", e);
        }

        var problems = expected.Select(figure => thresholds.Figures.TryGetValue(figure.Key, out var t) ? t.Problem(figure) : $"'{figure.Key}' is missing.")
            .OfType<string>().ToArray();
        return problems.Length == 0 ? thresholds : throw new InvalidOperationException($"{path}: " + string.Join(" ", problems));
    }
}

/// <summary>A figure's recorded value and the worst value accepted.</summary>
internal sealed record SmokeThreshold(double Reference, double Limit)
{
    /// <summary>What is wrong with this threshold for <paramref name="figure"/>, or null.</summary>
    public string? Problem(SmokeFigure figure) =>
        !(Reference > 0) || !(Limit > 0) ? $"'{figure.Key}' needs a positive reference and limit."
        : figure.HigherIsBetter ? (Limit < Reference ? null : $"'{figure.Key}' is a floor: its limit must be below its reference.")
        : Limit > Reference ? null : $"'{figure.Key}' is a ceiling: its limit must be above its reference.";

    public bool Accepts(SmokeFigure figure, double value) => figure.HigherIsBetter ? value >= Limit : value <= Limit;
}

/// <summary>A figure the smoke run measures: its key in the thresholds file, what it is, and which way is better.</summary>
internal sealed record SmokeFigure(string Key, string Description, bool HigherIsBetter);
