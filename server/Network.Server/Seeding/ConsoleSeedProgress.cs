using System.Diagnostics;

namespace Network.Server.Seeding;

/// <summary>Progress on the terminal: one line per stage, updated in place at most every 200 ms.</summary>
public sealed class ConsoleSeedProgress : ISeedProgress
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastDraw = TimeSpan.MinValue;
    private string? _stage;

    public void Report(string stage, long done, long total)
    {
        var now = _clock.Elapsed;
        if (stage == _stage && done < total && now - _lastDraw < TimeSpan.FromMilliseconds(200))
        {
            return;
        }

        if (_stage is not null && stage != _stage)
        {
            Console.WriteLine();
        }

        _stage = stage;
        _lastDraw = now;
        var percent = total == 0 ? 100 : done * 100 / total;
        Console.Write($"\r{stage,-22} {done,9:N0} / {total,9:N0}  {percent,3}%");
    }

    public void Completed(string summary)
    {
        if (_stage is not null)
        {
            Console.WriteLine();
        }

        Console.WriteLine($"{summary} in {_clock.Elapsed.TotalSeconds:N1} s.");
    }
}
