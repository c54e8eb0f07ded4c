using System.Text.Json;
using System.Text.Json.Nodes;

namespace Network.Client;

/// <summary>
/// A client's normalised cache. Every object of a result that has an <c>id</c> is kept once, as <c>{type}:{id}</c>, with
/// every field any operation has read of it; objects without one are kept inside their parent, and the root fields of
/// queries under <c>Query</c>. A later query, mutation or subscription event that changes an entity changes it for
/// every watched result that shows it (<c>client.Operation.Watch(…)</c>), and each of them is read again.
/// </summary>
/// <remarks>
/// Results that came with errors are not stored. Fields are keyed by name and arguments, so <c>mentor(id: "A")</c> and
/// <c>node(id: "A")</c> are two fields of <c>Query</c> even when they return the same entity.
/// </remarks>
public sealed class EntityStore
{
    internal const string QueryKey = "Query";

    private readonly Lock _lock = new();
    private readonly Dictionary<string, JsonObject> _records = new(StringComparer.Ordinal);
    private readonly List<IStoreWatcher> _watchers = [];
    private long _generation;

    /// <summary>Raised after a write or <see cref="Clear"/>, with the keys (<c>{type}:{id}</c> or <c>Query</c>) of the records it changed.</summary>
    public event EventHandler<EntityStoreChangedEventArgs>? Changed;

    /// <summary>How many entities are kept (the <c>Query</c> root not counted).</summary>
    public int EntityCount
    {
        get
        {
            lock (_lock)
            {
                return _records.Count - (_records.ContainsKey(QueryKey) ? 1 : 0);
            }
        }
    }

    /// <summary>The fields kept of an entity, under their store keys (<c>name</c> or <c>name({"arg":value})</c>), other entities as <c>{"__ref":"Type:id"}</c>; null when it is not kept.</summary>
    public JsonObject? GetEntity(string typeName, string id)
    {
        lock (_lock)
        {
            return _records.TryGetValue(Key(typeName, id), out var record) ? (JsonObject)record.DeepClone() : null;
        }
    }

    /// <summary>Forgets everything, as on signing out; watched results stay as they were until an operation fills the store again.</summary>
    public void Clear()
    {
        string[] keys;
        lock (_lock)
        {
            keys = [.. _records.Keys];
            _records.Clear();
            _generation++;
        }

        Changed?.Invoke(this, new EntityStoreChangedEventArgs(keys));
    }

    /// <summary>Counts <see cref="Clear"/>s, so that an answer to a request sent before one is not stored after it.</summary>
    internal long Generation
    {
        get
        {
            lock (_lock)
            {
                return _generation;
            }
        }
    }

    internal static string Key(string typeName, string id) => $"{typeName}:{id}";

    /// <summary>Stores a result's data; a query's root fields under <c>Query</c>, a mutation's or an event's entities alone.</summary>
    /// <param name="plan">What the operation selects.</param>
    /// <param name="data">The answer's data.</param>
    /// <param name="variables">The operation's variables, which its fields' arguments may use.</param>
    /// <param name="isQuery">Whether the root fields are kept, under <c>Query</c>.</param>
    /// <param name="generation">The <see cref="Generation"/> when the request was sent: after a <see cref="Clear"/>, nothing is stored.</param>
    internal void Write(SelectionPlan plan, JsonElement data, OperationVariables variables, bool isQuery, long generation)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        lock (_lock)
        {
            if (generation != _generation)
            {
                return;
            }

            var writer = new StoreWriter(_records, variables, changed);
            if (isQuery)
            {
                writer.Merge(QueryKey, plan, data);
            }
            else
            {
                writer.Normalise(plan, data);
            }
        }

        Notify(changed);
    }

    /// <summary>A query's data as the server would answer it, from the store alone; null when something it selects is not kept.</summary>
    /// <param name="plan">What the query selects.</param>
    /// <param name="variables">The query's variables, which its fields' arguments may use.</param>
    /// <param name="dependencies">Filled with the keys of the records read, which a watcher is read again for.</param>
    internal JsonObject? Read(SelectionPlan plan, OperationVariables variables, ISet<string> dependencies)
    {
        lock (_lock)
        {
            dependencies.Add(QueryKey);
            return _records.TryGetValue(QueryKey, out var root) ? new StoreReader(_records, variables, dependencies).Read(plan, root) : null;
        }
    }

    internal void Watch(IStoreWatcher watcher)
    {
        lock (_lock)
        {
            _watchers.Add(watcher);
        }
    }

    internal void Unwatch(IStoreWatcher watcher)
    {
        lock (_lock)
        {
            _watchers.Remove(watcher);
        }
    }

    private void Notify(HashSet<string> changed)
    {
        if (changed.Count == 0)
        {
            return;
        }

        IStoreWatcher[] watchers;
        lock (_lock)
        {
            watchers = [.. _watchers];
        }

        Changed?.Invoke(this, new EntityStoreChangedEventArgs([.. changed]));
        foreach (var watcher in watchers)
        {
            try
            {
                watcher.StoreChanged(changed);
            }
#pragma warning disable CA1031 // One observer's failure stops neither the others nor the operation whose answer was stored.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }
}

/// <summary>The records a store write changed.</summary>
public sealed class EntityStoreChangedEventArgs(IReadOnlyCollection<string> keys) : EventArgs
{
    /// <summary>The keys of the records changed: <c>{type}:{id}</c>, or <c>Query</c> for the root fields.</summary>
    public IReadOnlyCollection<string> Keys { get; } = keys;
}

/// <summary>A watched result, told which records a write changed.</summary>
internal interface IStoreWatcher
{
    void StoreChanged(IReadOnlySet<string> changed);
}
