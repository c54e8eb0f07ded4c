using Microsoft.Extensions.Logging;

namespace Network.Server.Tests.Observability;

/// <summary>A logger provider that keeps each line's scope values, as the JSON console writes them beside the message.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly Exported<Line> _lines = [];
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<Line> Lines => _lines.Snapshot();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    /// <summary>One line: its category, message and the values of the scopes it was written in.</summary>
    public sealed record Line(string Category, string Message, IReadOnlyDictionary<string, string?> Scope);

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => logs._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scope = new Dictionary<string, string?>();
            logs._scopes.ForEachScope(
                (value, values) =>
                {
                    if (value is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        foreach (var (key, item) in pairs)
                        {
                            values[key] = item?.ToString();
                        }
                    }
                },
                scope);
            logs._lines.Add(new Line(category, formatter(state, exception), scope));
        }
    }
}
