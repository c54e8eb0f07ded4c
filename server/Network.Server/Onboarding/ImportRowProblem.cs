namespace Network.Server.Onboarding;

/// <summary>What is wrong with a row of an import file: its row in the file (the header is row 1) and the column at fault, if one is.</summary>
public sealed record ImportRowProblem(int Row, string? Column, string Message)
{
    public override string ToString() => Column is null ? $"Row {Row}: {Message}" : $"Row {Row}, {Column}: {Message}";
}
