using System.Diagnostics;
using System.Net;

namespace Network.Benchmarks.Production;

/// <summary>
/// One server process as production runs it: the built <c>Network.Server.dll</c> started with <c>dotnet</c>, in the
/// Production environment, on a loopback port of its own, with the server project's folder as content root.
/// Its output is read (and the last lines kept, to explain a failure) so that a full pipe never stalls it.
/// </summary>
internal sealed class ServerProcess : IDisposable
{

    private readonly Process _process;
    private readonly ProcessOutputTail _output = new();

    private ServerProcess(string name, Process process, int port)
    {
        Name = name;
        _process = process;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public string Name { get; }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public int Pid => _process.Id;

    /// <summary>Starts <paramref name="build"/> with <paramref name="settings"/> as environment variables and <paramref name="arguments"/> after the assembly.</summary>
    public static ServerProcess Start(string name, ServerBuild build, IReadOnlyDictionary<string, string> settings, params IReadOnlyList<string> arguments)
    {
        var port = ProcessOutputTail.FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = build.ContentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(build.Assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_CONTENTROOT"] = build.ContentRoot;
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {build.Assembly}.");
        var server = new ServerProcess(name, process, port);
        process.OutputDataReceived += (_, line) => server._output.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => server._output.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200; fails with the server's last output if it exits or takes too long.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} before it was ready:\n{LastOutput()}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        throw new TimeoutException($"{Name} was not ready after {timeout.TotalSeconds:F0} s:\n{LastOutput()}");
    }

    public (double RssMiB, double PeakMiB) Memory() => ProcessFigures.Memory(Pid);

    public double CpuSeconds() => ProcessFigures.CpuSeconds(Pid);

    public int EstablishedConnections() => ProcessFigures.EstablishedConnections(Port);

    public string LastOutput() => _output.ToString();

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(30));
        }

        _process.Dispose();
    }
}
