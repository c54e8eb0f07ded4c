namespace Network.Server.Tests.Hosting;

/// <summary>
/// What a new user meets with <c>scripts/demo.sh</c>: a first start that creates the private cluster
/// logs no error, and Ctrl+C or SIGTERM stops the server and the cluster it started, cleanly.
/// </summary>
public sealed class PrivateClusterLifetimeTests : IDisposable
{
    private readonly ServerSandbox _sandbox = new();

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task A_signal_stops_the_server_and_its_private_cluster_cleanly(string signal)
    {
        using var server = _sandbox.Start();
        await server.WaitUntilServingAsync();
        Assert.True(_sandbox.ClusterRunning, $"no cluster runs in {_sandbox.DataDirectory}:\n{server.Output}");

        server.Signal(signal);
        var exitCode = await server.WaitForExitAsync();

        Assert.True(exitCode == 0, $"exit code {exitCode}:\n{server.Output}");
        AssertNoFailureLogged(server.Output);
        Assert.False(_sandbox.ClusterRunning, $"the cluster in {_sandbox.DataDirectory} still runs:\n{server.Output}");
    }

    [Fact]
    public async Task The_first_migrate_on_a_fresh_cluster_logs_no_failure_and_stops_the_cluster()
    {
        var (exitCode, output) = await _sandbox.RunAsync("migrate");

        Assert.True(exitCode == 0, $"exit code {exitCode}:\n{output}");
        Assert.True(_sandbox.ClusterCreated, $"no cluster was created in {_sandbox.DataDirectory}:\n{output}");
        AssertNoFailureLogged(output);
        Assert.False(_sandbox.ClusterRunning, $"the cluster in {_sandbox.DataDirectory} still runs:\n{output}");
    }

    [Fact]
    public async Task Commands_that_do_not_serve_stop_the_cluster_they_started()
    {
        var schema = Path.Combine(_sandbox.Folder, "schema.graphql");
        string[][] commands = [["seed", "--mentors", "1"], ["export-schema", schema], ["token", "--role", "ADMIN"]];
        foreach (var command in commands)
        {
            var (exitCode, output) = await _sandbox.RunAsync(command);

            Assert.True(exitCode == 0, $"{string.Join(' ', command)}: exit code {exitCode}:\n{output}");
            AssertNoFailureLogged(output);
            Assert.False(_sandbox.ClusterRunning, $"{string.Join(' ', command)} left the cluster running:\n{output}");
        }

        Assert.True(File.Exists(schema));
    }

    public void Dispose() => _sandbox.Dispose();

    private static void AssertNoFailureLogged(string output)
    {
        foreach (var sign in (string[])["fail:", "crit:", "Exception"])
        {
            Assert.False(output.Contains(sign, StringComparison.Ordinal), $"'{sign}' in the output:\n{output}");
        }
    }
}
