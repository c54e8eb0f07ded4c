namespace Network.Server.Hosting;

/// <summary>The commands the executable runs instead of serving, each registered by the layer or feature that owns it.</summary>
public sealed class HostCommands
{
    private readonly SortedDictionary<string, Func<WebApplication, HostCommand, Task<int>>> _commands = new(StringComparer.Ordinal);

    public IEnumerable<string> Names => _commands.Keys;

    public void Add(string name, Func<WebApplication, HostCommand, Task<int>> run)
    {
        if (!_commands.TryAdd(name, run))
        {
            throw new InvalidOperationException($"The command '{name}' is registered twice.");
        }
    }

    public Func<WebApplication, HostCommand, Task<int>>? Find(string name) => _commands.GetValueOrDefault(name);
}
