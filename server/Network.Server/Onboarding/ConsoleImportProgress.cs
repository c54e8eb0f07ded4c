using System.Diagnostics;

namespace Network.Server.Onboarding;

/// <summary>Progress of the <c>import</c> command on the terminal: one line per stage, redrawn at most every 200 ms.</summary>
internal sealed class ConsoleImportProgress(TextWriter output) : IProgress<ImportProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastDraw = TimeSpan.MinValue;
    private string? _stage;

    public void Report(ImportProgress value)
    {
        var now = _clock.Elapsed;
        if (value.Stage == _stage && value.Done < value.Total && now - _lastDraw < TimeSpan.FromMilliseconds(200))
        {
            return;
        }

        if (_stage is not null && value.Stage != _stage)
        {
            output.WriteLine();
        }

        _stage = value.Stage;
        _lastDraw = now;
        var percent = value.Total == 0 ? 100 : value.Done * 100 / value.Total;
        output.Write($"\r{value.Stage,-22} {value.Done,11:N0} / {value.Total,11:N0}  {percent,3}%");
    }

    /// <summary>Ends the progress line and prints the outcome with the time taken.</summary>
    public void Completed(string summary)
    {
        if (_stage is not null)
        {
            output.WriteLine();
        }

        output.WriteLine($"{summary} ({_clock.Elapsed.TotalSeconds:N1} s)");
    }
}
