namespace Network.Server.Onboarding;

/// <summary>A row of an import file: where it is in the file, and its cells (trimmed) in the order of the columns.</summary>
internal sealed record ImportFileRow(int Row, string[] Cells, ImportColumns Columns)
{
    public string this[string column] => Cells[Columns.Position(column)];
}
