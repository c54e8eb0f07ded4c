using Network.Server.Data;

namespace Network.Server.Tests.Data;

public sealed class PostgresBinariesTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("postgres-binaries-");

    private string Lib => Path.Combine(_root.FullName, "lib");

    private string Share => Path.Combine(_root.FullName, "share");

    [Fact]
    public void Missing_PostgreSQL_names_the_install_command()
    {
        var error = Assert.Throws<PostgresNotInstalledException>(() => PostgresBinaries.Locate(Lib, Share));

        Assert.Contains("apt-get install -y postgresql-15 postgresql-15-postgis-3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_PostGIS_names_the_package_for_the_installed_version()
    {
        AddServer(16);

        var error = Assert.Throws<PostgresNotInstalledException>(() => PostgresBinaries.Locate(Lib, Share));

        Assert.Contains("postgresql-16-postgis-3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_newest_version_with_PostGIS_is_chosen()
    {
        AddServer(15, postgis: true);
        AddServer(16, postgis: true);
        AddServer(17);

        var binaries = PostgresBinaries.Locate(Lib, Share);

        Assert.Equal(16, binaries.MajorVersion);
        Assert.Equal(Path.Combine(Lib, "16", "bin", "initdb"), binaries.InitDb);
    }

    public void Dispose() => _root.Delete(recursive: true);

    private void AddServer(int version, bool postgis = false)
    {
        var bin = Directory.CreateDirectory(Path.Combine(Lib, $"{version}", "bin"));
        File.WriteAllText(Path.Combine(bin.FullName, "initdb"), string.Empty);
        if (postgis)
        {
            var extension = Directory.CreateDirectory(Path.Combine(Share, $"{version}", "extension"));
            File.WriteAllText(Path.Combine(extension.FullName, "postgis.control"), string.Empty);
        }
    }
}
