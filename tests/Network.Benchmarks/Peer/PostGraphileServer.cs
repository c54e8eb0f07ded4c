using System.Diagnostics;
using System.Globalization;
using System.Net;
using Network.Benchmarks.Production;
using Network.Server.Hosting;

namespace Network.Benchmarks.Peer;

/// <summary>
/// PostGraphile 4 as its CLI runs it, in cluster mode: installed with <c>npm ci</c> from the <c>package.json</c> and
/// <c>package-lock.json</c> beside this file into a folder of its own, and started with <c>node</c> on a loopback port.
/// The master process forks the workers and hands them connections; its CPU time counts with theirs.
/// </summary>
internal sealed class PostGraphileServer : IDisposable
{

    private readonly Process _process;
    private readonly string _folder;
    private readonly ProcessOutputTail _output = new();

    private PostGraphileServer(Process process, string folder, int port, int workers)
    {
        _process = process;
        _folder = folder;
        Workers = workers;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri BaseAddress { get; }

    public int Pid => _process.Id;

    public int Workers { get; }

    /// <summary>The version the lock file installs, as the CLI reports it.</summary>
    public string Version { get; private set; } = "?";

    /// <summary>
    /// Installs PostGraphile into a temporary folder and starts it on <paramref name="connectionUri"/> (a <c>postgres://</c>
    /// URI of a read-only role) with <paramref name="workers"/> cluster workers and a pool of <paramref name="poolSize"/>
    /// connections in each, mutations and GraphiQL off, and no query log.
    /// </summary>
    public static async Task<PostGraphileServer> StartAsync(string connectionUri, int workers, int poolSize)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"network-peer-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        var source = PackageFolder();
        foreach (var file in new[] { "package.json", "package-lock.json" })
        {
            File.Copy(Path.Combine(source, file), Path.Combine(folder, file), overwrite: true);
        }

        Console.WriteLine($"PostGraphile: npm ci in {folder}");
        await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], folder, TimeSpan.FromMinutes(5));
        var cli = Path.Combine(folder, "node_modules", "postgraphile", "cli.js");
        var version = (await RunAsync("node", [cli, "--version"], folder, TimeSpan.FromMinutes(1))).Trim();

        var port = ProcessOutputTail.FreePort();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[
            cli,
            "--connection", connectionUri,
            "--schema", "public",
            "--host", "127.0.0.1",
            "--port", port.ToString(CultureInfo.InvariantCulture),
            "--cluster-workers", workers.ToString(CultureInfo.InvariantCulture),
            "--max-pool-size", poolSize.ToString(CultureInfo.InvariantCulture),
            "--disable-default-mutations",
            "--disable-graphiql",
            "--disable-query-log",

            // Only what the role may read: the tables granted to it, not the whole database.
            "--no-ignore-rbac",
        ])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NODE_ENV"] = "production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var server = new PostGraphileServer(process, folder, port, workers) { Version = version };
        process.OutputDataReceived += (_, line) => server._output.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => server._output.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Waits until every worker has built its schema and <c>/graphql</c> answers a query; fails with the last output otherwise.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        var answered = 0;
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"PostGraphile exited with code {_process.ExitCode} before it was ready:\n{LastOutput()}");
            }

            try
            {
                using var content = new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json");
                using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);

                // The master hands connections to the workers in turn: a few answers in a row mean each worker is serving.
                answered = response.StatusCode == HttpStatusCode.OK ? answered + 1 : 0;
                if (answered >= 2 * Workers)
                {
                    return;
                }

                continue;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            answered = 0;
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        throw new TimeoutException($"PostGraphile was not ready after {timeout.TotalSeconds:F0} s:\n{LastOutput()}");
    }

    /// <summary>The CPU time of the master and its workers, in seconds.</summary>
    public double CpuSeconds() => ProcessFigures.TreeCpuSeconds(Pid);

    /// <summary>How many node processes serve: the master and its workers.</summary>
    public int Processes() => ProcessFigures.Descendants(Pid).Count + 1;

    public string LastOutput() => _output.ToString();

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(30));
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>The folder of this benchmark's <c>Peer/package.json</c> in the checkout it was built from.</summary>
    private static string PackageFolder()
    {
        var root = RepositoryRoot.Find(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException($"No Network.sln above {AppContext.BaseDirectory}: run the benchmark from its checkout.");
        return Path.Combine(root, "tests", "Network.Benchmarks", "Peer");
    }

    private static async Task<string> RunAsync(string program, IReadOnlyList<string> arguments, string folder, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: {await error}{await output}");
    }
}
