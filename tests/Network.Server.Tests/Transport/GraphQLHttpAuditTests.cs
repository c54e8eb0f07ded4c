using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Schema;
using Xunit.Abstractions;

namespace Network.Server.Tests.Transport;

/// <summary>
/// The public graphql-http audit suite for the GraphQL-over-HTTP specification, run by Node.js
/// (<c>Transport/Audit/audit.mjs</c>) against the real server over loopback HTTP. Every MUST has to
/// pass; a SHOULD (<c>warn</c>) or MAY (<c>notice</c>) that does not pass has to be listed in
/// <see cref="DeliberateDifferences"/> with the reason, and a listed one that passes fails the test too.
/// </summary>
/// <remarks>
/// Node's fetch adds <c>Accept: */*</c> to a request without one, and <c>Content-Type: text/plain</c> to a
/// string body without one, so the audits named for a missing <c>Accept</c> (80D8) or a missing
/// <c>Content-Type</c> (9ABE) send those instead. <see cref="GraphQLOverHttpTests"/> covers the headers
/// really left out: no <c>Accept</c> gets <c>application/graphql-response+json</c>, as the specification
/// asks from 2025 (graphql-http 1.23.1 still expects <c>application/json</c> there), and no
/// <c>Content-Type</c> is a 415.
/// </remarks>
public sealed class GraphQLHttpAuditTests(NetworkApp app, ITestOutputHelper output) : IClassFixture<NetworkApp>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>graphql-http's statuses: a MUST that fails is an error, a SHOULD a warning, a MAY a notice.</summary>
    private static readonly string[] Statuses = ["ok", "error", "warn", "notice"];

    /// <summary>
    /// SHOULD and MAY audits the server deliberately does not pass, by audit id, with the reason.
    /// None at present: every audit of graphql-http 1.23.1 passes.
    /// </summary>
    private static readonly Dictionary<string, string> DeliberateDifferences = new(StringComparer.Ordinal);

    [Fact]
    public async Task The_server_passes_the_graphql_http_audit()
    {
        var results = await RunAuditAsync();
        output.WriteLine(string.Join(", ", Statuses.Select(s => $"{results.Count(r => r.Status == s)} {s}")));
        output.WriteLine(Describe(results.Where(r => r.Status != "ok")));

        Assert.True(results.Count >= 50, $"The audit reported only {results.Count} results.");
        Assert.Equal(results.Count, results.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());

        var errors = results.Where(r => r.Status == "error").ToList();
        Assert.True(errors.Count == 0, $"MUST requirements not met:\n{Describe(errors)}");

        Assert.All(results, r => Assert.Contains(r.Status, Statuses));
        var differences = results.Where(r => r.Status != "ok").ToList();
        var unexpected = differences.Where(r => !DeliberateDifferences.ContainsKey(r.Id)).ToList();
        Assert.True(unexpected.Count == 0, $"SHOULD/MAY audits that do not pass and are not listed as deliberate:\n{Describe(unexpected)}");

        var passingNow = DeliberateDifferences.Keys.Where(id => differences.All(r => r.Id != id)).ToList();
        Assert.True(passingNow.Count == 0, $"Audits listed as deliberate differences that now pass, or no longer exist: {string.Join(", ", passingNow)}");
    }

    private async Task<IReadOnlyList<AuditResult>> RunAuditAsync()
    {
        using var client = app.CreateClient();
        var endpoint = new Uri(client.BaseAddress!, "/graphql");
        var folder = Path.Combine(SchemaTests.RepositoryRoot(), "tests", "Network.Server.Tests", "Transport", "Audit");
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "graphql-http")),
            $"graphql-http is not installed in {folder}: building this test project runs npm ci there.");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "audit.mjs", endpoint.ToString() },
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException("The audit needs Node.js 18+ on the PATH (scripts/prerequisites.sh installs it).", exception);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"The audit did not finish within {Timeout}.");
            }

            Assert.True(process.ExitCode == 0, $"node audit.mjs exited with {process.ExitCode}:\n{await error}");
            return JsonSerializer.Deserialize<List<AuditResult>>(await output, Json)
                ?? throw new InvalidOperationException("The audit printed no results.");
        }
    }

    private static string Describe(IEnumerable<AuditResult> results) =>
        string.Join('\n', results.Select(r => $"  {r.Id} {r.Name}: {r.Reason} (HTTP {r.ResponseStatus})"));

    private sealed record AuditResult(string Id, string Name, string Status, string? Reason, int? ResponseStatus);
}
