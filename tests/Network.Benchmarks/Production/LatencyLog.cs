namespace Network.Benchmarks.Production;

/// <summary>
/// Request times and errors of one stretch of a run, reads and mutations apart; many clients record at once.
/// The first few error messages are kept to say what failed, and the errors are counted by request.
/// </summary>
internal sealed class LatencyLog
{
    private const int KeptErrors = 5;

    private readonly Lock _lock = new();
    private readonly List<double> _reads = [];
    private readonly List<double> _mutations = [];
    private readonly List<string> _firstErrors = [];
    private readonly Dictionary<string, int> _errorsByRequest = [];
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

    /// <summary>How many requests of each name failed, most first.</summary>
    public IReadOnlyList<(string Request, int Errors)> ErrorsByRequest
    {
        get
        {
            lock (_lock)
            {
                return [.. _errorsByRequest.OrderByDescending(e => e.Value).Select(e => (e.Key, e.Value))];
            }
        }
    }

    public void Record(ProductionRequest request, double milliseconds, string? error)
    {
        lock (_lock)
        {
            (request.IsMutation ? _mutations : _reads).Add(milliseconds);
            if (error is not null)
            {
                _errors++;
                _errorsByRequest[request.Name] = _errorsByRequest.GetValueOrDefault(request.Name) + 1;
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
