namespace Network.Server.Seeding;

internal static class SeedProgressExtensions
{
    private const int Interval = 5_000;

    /// <summary>Reports every few thousand rows and at the end, so that reporting never slows the copy.</summary>
    public static void ReportRows(this ISeedProgress progress, string stage, long done, long total)
    {
        if (done % Interval == 0 || done == total)
        {
            progress.Report(stage, done, total);
        }
    }
}
