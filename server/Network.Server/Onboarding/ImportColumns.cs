namespace Network.Server.Onboarding;

/// <summary>The columns of a kind of import file, in order; a header names them ignoring case and surrounding spaces.</summary>
internal sealed class ImportColumns
{
    private readonly Dictionary<string, int> _positions;

    public ImportColumns(params string[] names)
    {
        Names = names;
        _positions = names.Select((name, position) => (name, position)).ToDictionary(c => c.name, c => c.position, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<string> Names { get; }

    /// <summary>The position of the column a header cell names, or null for a column this kind of file does not have.</summary>
    public int? Find(string header) => _positions.TryGetValue(header.Trim(), out var position) ? position : null;

    /// <summary>The position of a column, for ordering a row's problems as its cells; -1 for none (the row as a whole).</summary>
    public int Position(string? column) => column is not null && _positions.TryGetValue(column, out var position) ? position : -1;
}
