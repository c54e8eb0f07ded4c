namespace Network.Server.Hosting;

/// <summary>Finds the checkout this program runs from: the nearest folder above that holds <c>Network.sln</c>.</summary>
public static class RepositoryRoot
{
    public static string? Find(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Network.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
