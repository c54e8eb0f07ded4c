namespace Network.Benchmarks.Production;

/// <summary>
/// Request times and errors of one stretch of a run, reads and mutations apart; many clients record at once.
/// The first few error messages are kept to say what failed.
/// </summary>
internal sealed class LatencyLog
{
    private const int KeptErrors = 5;

    private readonly Lock _lock = new();
    private readonly List<double> _reads = [];
    private readonly List<double> _mutations = [];
    private readonly List<string> _firstErrors = [];
    private int _errors;

    public int Errors => _errors;

    public IReadOnlyList<string> FirstErrors
    {
        get
        {
            lock (_lock)
            {
                return [.. _firstErrors];
            }
        }
    }

    public void Record(bool mutation, double milliseconds, string? error)
    {
        lock (_lock)
        {
            (mutation ? _mutations : _reads).Add(milliseconds);
            if (error is not null)
            {
                _errors++;
                if (_firstErrors.Count < KeptErrors)
                {
                    _firstErrors.Add(error);
                }
            }
        }
    }

    public Percentiles Reads() => Snapshot(_reads);

    public Percentiles Mutations() => Snapshot(_mutations);

    public Percentiles All() => Percentiles.Of(Times());

    /// <summary>Every request's time, reads and mutations together.</summary>
    public double[] Times()
    {
        lock (_lock)
        {
            return [.. _reads, .. _mutations];
        }
    }

    private Percentiles Snapshot(List<double> times)
    {
        lock (_lock)
        {
            return Percentiles.Of([.. times]);
        }
    }
}
