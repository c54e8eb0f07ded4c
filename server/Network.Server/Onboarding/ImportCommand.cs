using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Network.Server.Data;
using Network.Server.Hosting;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.SkillsGaps;

namespace Network.Server.Onboarding;

/// <summary>
/// <c>import mentors|skills-gaps FILE --employer ID [--dry-run]</c>: imports a CSV file as the GraphQL mutations do,
/// with progress and a summary. Exits 1 when the file is refused or has problems (nothing is then written), 2 on a usage error.
/// </summary>
internal static class ImportCommand
{
    public const string Usage =
        "Usage: import mentors|skills-gaps FILE --employer ID [--dry-run]\n" +
        "ID is the employer's global ID (as the API returns it) or its number. With --dry-run the file is checked and nothing is written.";

    /// <summary>The actor the audit log records for changes made from the command line, which has the database's full access.</summary>
    private static readonly Caller Operator = new("import-command", [Role.Admin]);

    public static async Task<int> RunAsync(WebApplication app, HostCommand command)
    {
        var problems = new List<string>();
        var arguments = Positional(command);
        var kind = arguments.ElementAtOrDefault(0);
        if (kind is not ("mentors" or "skills-gaps"))
        {
            problems.Add(kind is null ? "Say what to import: mentors or skills-gaps." : $"'{kind}' is not something to import; say mentors or skills-gaps.");
        }

        var path = arguments.ElementAtOrDefault(1);
        if (path is null)
        {
            problems.Add("Give the CSV file to import.");
        }
        else if (!File.Exists(path))
        {
            problems.Add($"There is no file '{path}'.");
        }

        var written = command.Value("--employer");
        var employerId = NetworkClaims.ParseKey(written, "Employer");
        if (employerId is null)
        {
            problems.Add(written is null ? "Give the employer with --employer ID." : $"--employer '{written}' is not an Employer ID or a positive number.");
        }

        if (problems.Count > 0)
        {
            problems.ForEach(Console.Error.WriteLine);
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var options = app.Services.GetRequiredService<IOptions<ImportOptions>>().Value;
        var clock = app.Services.GetRequiredService<TimeProvider>();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<NetworkDbContext>>().CreateDbContextAsync();
        await using var file = File.OpenRead(path!);
        var progress = new ConsoleImportProgress(Console.Out);
        var request = new ImportRequest(employerId!.Value, written!, file, file.Length, command.HasFlag("--dry-run"), Operator);
        var outcome = kind == "mentors"
            ? await new Importer<MentorImportRow, Mentor>(MentorImport.Instance, db, options, clock, progress).RunAsync(request, CancellationToken.None)
            : await new Importer<SkillsGapImportRow, SkillsGap>(SkillsGapImport.Instance, db, options, clock, progress).RunAsync(request, CancellationToken.None);
        if (outcome.Refusal is { } refusal)
        {
            await Console.Error.WriteLineAsync(refusal.Message);
            return 1;
        }

        var report = outcome.Report!;
        progress.Completed(report.ToString());
        foreach (var problem in report.Problems)
        {
            Console.WriteLine(problem);
        }

        return report.HasProblems ? 1 : 0;
    }

    /// <summary>The arguments that are neither options nor their values: what to import, and the file.</summary>
    private static List<string> Positional(HostCommand command) =>
        [.. command.Options.Where((option, i) => !option.StartsWith("--", StringComparison.Ordinal) && (i == 0 || command.Options[i - 1] != "--employer"))];
}
