namespace Network.Server.Onboarding;

/// <summary>
/// What an import did, or in a dry run would do: rows read, and of those created, updated, unchanged (already
/// as the row says) and rejected (with problems). A file with any problem writes nothing.
/// </summary>
public sealed record ImportReport(bool DryRun, int Rows, int Created, int Updated, int Unchanged, int Rejected, IReadOnlyList<ImportRowProblem> Problems)
{
    public bool HasProblems => Problems.Count > 0;

    public override string ToString() =>
        $"{Rows:N0} rows: {Created:N0} created, {Updated:N0} updated, {Unchanged:N0} unchanged, {Rejected:N0} rejected" +
        (DryRun ? " (dry run: nothing written)." : HasProblems ? "; nothing written." : ".");
}
