using Microsoft.EntityFrameworkCore;
using Network.Server.Auditing;
using Network.Server.Employers;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Hosting;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Onboarding;

/// <summary>The built server's <c>import</c> command, run as a user runs it, against the test database.</summary>
public sealed class ImportCommandTests(NetworkApp app) : IClassFixture<NetworkApp>, IDisposable
{
    private readonly ServerSandbox _sandbox = new();

    [Fact]
    public async Task The_command_imports_mentors_with_progress_and_a_summary_and_a_second_run_changes_nothing()
    {
        var employer = await EmployerAsync("Command Line Mentors Ltd");
        var file = Write("mentors.csv", ImportRequests.Sample("mentors.csv"));

        var (first, firstOutput) = await RunAsync("import", "mentors", file, "--employer", TestData.Id("Employer", employer.Id));
        var (second, secondOutput) = await RunAsync("import", "mentors", file, "--employer", TestData.Id("Employer", employer.Id));

        Assert.True(first == 0, firstOutput);
        Assert.Contains("Checking (rows)", firstOutput, StringComparison.Ordinal);
        Assert.Contains("Writing mentors", firstOutput, StringComparison.Ordinal);
        Assert.Contains("3 rows: 3 created, 0 updated, 0 unchanged, 0 rejected.", firstOutput, StringComparison.Ordinal);
        Assert.True(second == 0, secondOutput);
        Assert.Contains("3 rows: 0 created, 0 updated, 3 unchanged, 0 rejected.", secondOutput, StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        var ids = await db.Mentors.Where(m => m.EmployerId == employer.Id).Select(m => m.Id).ToListAsync();
        Assert.Equal(3, ids.Count);
        var audited = await db.AuditEntries.Where(a => a.SubjectType == "Mentor" && ids.Contains(a.SubjectId)).ToListAsync();
        Assert.Equal(3, audited.Count);
        Assert.All(audited, a => Assert.Equal(("importMentors", "import-command", "ADMIN"), (a.Action, a.ActorSubject, a.ActorRoles)));
    }

    [Fact]
    public async Task A_dry_run_of_a_file_with_problems_lists_them_writes_nothing_and_exits_1()
    {
        var employer = await EmployerAsync("Command Line Problems Ltd");
        var csv = ImportRequests.Sample("mentors.csv").Replace("EARLY,2,HYBRID", "EARLY,12,HYBRID", StringComparison.Ordinal);
        var file = Write("problems.csv", csv);

        var (exit, output) = await RunAsync("import", "mentors", file, "--employer", employer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--dry-run");

        Assert.True(exit == 1, output);
        Assert.Contains("3 rows: 2 created, 0 updated, 0 unchanged, 1 rejected (dry run: nothing written).", output, StringComparison.Ordinal);
        Assert.Contains("Row 2, capacity: capacity must be between 1 and 10.", output, StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        Assert.False(await db.Mentors.AnyAsync(m => m.EmployerId == employer.Id));
    }

    [Fact]
    public async Task The_command_imports_skills_gaps()
    {
        var employer = await EmployerAsync("Command Line Gaps Ltd");
        var file = Write("skills-gaps.csv", ImportRequests.Sample("skills-gaps.csv"));

        var (exit, output) = await RunAsync("import", "skills-gaps", file, "--employer", TestData.Id("Employer", employer.Id));

        Assert.True(exit == 0, output);
        Assert.Contains("3 rows: 3 created", output, StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        Assert.Equal(3, await db.SkillsGaps.CountAsync(g => g.EmployerId == employer.Id));
    }

    [Theory]
    [InlineData("Say what to import: mentors or skills-gaps.", "import")]
    [InlineData("'people' is not something to import; say mentors or skills-gaps.", "import", "people", "x.csv", "--employer", "1")]
    [InlineData("Give the employer with --employer ID.", "import", "mentors", "x.csv")]
    [InlineData("--employer 'TWVudG9yOjE=' is not an Employer ID or a positive number.", "import", "mentors", "x.csv", "--employer", "TWVudG9yOjE=")]
    [InlineData("There is no file 'missing.csv'.", "import", "mentors", "missing.csv", "--employer", "1")]
    public async Task The_command_explains_a_usage_error_and_exits_2(string problem, params string[] arguments)
    {
        Write("x.csv", "externalReference\n");

        var (exit, output) = await RunAsync(arguments);

        Assert.True(exit == 2, output);
        Assert.Contains(problem, output, StringComparison.Ordinal);
        Assert.Contains("Usage: import mentors|skills-gaps FILE --employer ID [--dry-run]", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_employer_is_refused_with_exit_code_1()
    {
        var file = Write("mentors.csv", ImportRequests.Sample("mentors.csv"));

        var (exit, output) = await RunAsync("import", "mentors", file, "--employer", "987654");

        Assert.True(exit == 1, output);
        Assert.Contains("No employer has the ID 987654.", output, StringComparison.Ordinal);
    }

    public void Dispose() => _sandbox.Dispose();

    private async Task<Employer> EmployerAsync(string name) => await new TestData(app).EmployerAsync(name, Sector.IctDigital, "CV1 2JH");

    /// <summary>Writes a file into the sandbox, the command's working folder; its name is what the command is given.</summary>
    private string Write(string name, string content)
    {
        File.WriteAllText(Path.Combine(_sandbox.Folder, name), content);
        return name;
    }

    private Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) =>
        _sandbox.RunAsync(new Dictionary<string, string> { ["ConnectionStrings__Network"] = app.ConnectionString }, arguments);
}
