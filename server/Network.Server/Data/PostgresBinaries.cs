namespace Network.Server.Data;

/// <summary>Finds the machine's PostgreSQL server programs and checks that PostGIS is installed beside them.</summary>
public sealed record PostgresBinaries(string BinDirectory, int MajorVersion)
{
    public const string InstallHint =
        "sudo apt-get update && sudo apt-get install -y postgresql-15 postgresql-15-postgis-3";

    public string InitDb => Path.Combine(BinDirectory, "initdb");

    public string PgCtl => Path.Combine(BinDirectory, "pg_ctl");

    /// <summary>The newest installed PostgreSQL with PostGIS, or an exception whose message says what to install.</summary>
    public static PostgresBinaries Locate(string libRoot = "/usr/lib/postgresql", string shareRoot = "/usr/share/postgresql")
    {
        var candidates = Directory.Exists(libRoot)
            ? Directory.GetDirectories(libRoot)
                .Select(dir => (Dir: dir, Version: int.TryParse(Path.GetFileName(dir), out var v) ? v : 0))
                .Where(c => File.Exists(Path.Combine(c.Dir, "bin", "initdb")))
                .OrderByDescending(c => c.Version)
                .ToList()
            : [];

        if (candidates.Count == 0)
        {
            throw new PostgresNotInstalledException(
                $"PostgreSQL server programs were not found under {libRoot}. Install them with: {InstallHint}");
        }

        foreach (var (dir, version) in candidates)
        {
            if (File.Exists(Path.Combine(shareRoot, version.ToString(System.Globalization.CultureInfo.InvariantCulture), "extension", "postgis.control")))
            {
                return new PostgresBinaries(Path.Combine(dir, "bin"), version);
            }
        }

        throw new PostgresNotInstalledException(
            $"PostgreSQL {candidates[0].Version} is installed but PostGIS is not. Install it with: " +
            $"sudo apt-get update && sudo apt-get install -y postgresql-{candidates[0].Version}-postgis-3");
    }
}
