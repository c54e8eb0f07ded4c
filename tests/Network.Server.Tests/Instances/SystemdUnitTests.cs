using System.Diagnostics;
using Network.Server.Hosting;

namespace Network.Server.Tests.Instances;

/// <summary>
/// The example unit <c>deploy/systemd/network.service</c>: it runs the server's own assembly, stops it with SIGTERM and
/// waits longer than the grace period it gives the server. Where <c>systemd-analyze</c> is installed, the unit also
/// passes its verification (systemd itself does not run here, so the unit is never started).
/// </summary>
public sealed class SystemdUnitTests
{
    private static readonly string Root = RepositoryRoot.Find(AppContext.BaseDirectory)!;

    private static readonly string Unit = Path.Combine(Root, "deploy", "systemd", "network.service");

    [Fact]
    public void The_unit_runs_the_published_server_and_stops_it_within_its_grace_period()
    {
        var settings = File.ReadAllLines(Unit)
            .Where(line => line.Contains('=', StringComparison.Ordinal) && !line.StartsWith('#'))
            .Select(line => line.Split('=', 2))
            .ToLookup(pair => pair[0], pair => pair[1]);

        var execStart = settings["ExecStart"].Single().Split(' ');
        Assert.EndsWith("dotnet", execStart[0], StringComparison.Ordinal);
        Assert.Equal(Path.GetFileName(typeof(Program).Assembly.Location), Path.GetFileName(execStart[1]));
        Assert.Equal(settings["WorkingDirectory"].Single(), Path.GetDirectoryName(execStart[1]));
        Assert.Contains("ASPNETCORE_ENVIRONMENT=Production", settings["Environment"]);
        Assert.Equal("SIGTERM", settings["KillSignal"].Single());
        Assert.Equal("on-failure", settings["Restart"].Single());
        Assert.NotEmpty(settings["EnvironmentFile"]);

        var grace = TimeSpan.Parse(settings["Environment"].Single(e => e.StartsWith("Hosting__ShutdownTimeout=", StringComparison.Ordinal)).Split('=')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(ShutdownSettings.DefaultTimeout, grace);
        Assert.True(TimeSpan.FromSeconds(int.Parse(settings["TimeoutStopSec"].Single(), System.Globalization.CultureInfo.InvariantCulture)) > grace);
    }

    [Fact]
    public void The_unit_passes_systemd_analyze_verify_where_it_is_installed()
    {
        if (!File.Exists("/usr/bin/systemd-analyze"))
        {
            return;
        }

        using var verify = Process.Start(new ProcessStartInfo("/usr/bin/systemd-analyze", ["verify", Unit]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var problems = verify.StandardError.ReadToEnd() + verify.StandardOutput.ReadToEnd();
        verify.WaitForExit();
        Assert.Equal(0, verify.ExitCode);
        Assert.Equal(string.Empty, problems.Trim());
    }
}
