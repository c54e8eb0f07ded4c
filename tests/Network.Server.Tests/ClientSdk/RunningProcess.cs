using System.Diagnostics;
using System.Text;
using System.Threading.Channels;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.ClientSdk;

/// <summary>A program a test talks to while it runs: each line it prints can be waited for, and all it printed read at the end.</summary>
public sealed class RunningProcess
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly StringBuilder _output = new();
    private readonly Task _reading;
    private readonly Task<string> _errors;

    internal RunningProcess(Process process)
    {
        _process = process;
        _errors = process.StandardError.ReadToEndAsync();
        _reading = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                lock (_output)
                {
                    _output.AppendLine(line);
                }

                _lines.Writer.TryWrite(line);
            }

            _lines.Writer.TryComplete();
        });
    }

    /// <summary>Waits until the program prints <paramref name="line"/>, failing when it ends or takes too long first.</summary>
    public async Task WaitForLineAsync(string line)
    {
        using var patience = new CancellationTokenSource(GraphQLSocket.Patience * 3);
        while (await _lines.Reader.WaitToReadAsync(patience.Token))
        {
            if (_lines.Reader.TryRead(out var printed) && printed.Trim() == line)
            {
                return;
            }
        }

        Assert.Fail($"The program ended without printing '{line}':\n{_output}{await _errors}");
    }

    /// <summary>Waits for the program to exit: its exit code, and everything it printed.</summary>
    public async Task<(int ExitCode, string Output)> CompleteAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        await _reading;
        var errors = await _errors;
        var exitCode = _process.ExitCode;
        _process.Dispose();
        return (exitCode, _output + errors);
    }
}
