using System.Collections.ObjectModel;

namespace Network.Server.Tests.Observability;

/// <summary>What an in-memory exporter has exported; the exporter adds from its own thread while a test reads.</summary>
public sealed class Exported<T> : Collection<T>
{
    private readonly Lock _gate = new();

    public IReadOnlyList<T> Snapshot()
    {
        lock (_gate)
        {
            return [.. Items];
        }
    }

    protected override void InsertItem(int index, T item)
    {
        lock (_gate)
        {
            base.InsertItem(index, item);
        }
    }

    protected override void ClearItems()
    {
        lock (_gate)
        {
            base.ClearItems();
        }
    }
}
