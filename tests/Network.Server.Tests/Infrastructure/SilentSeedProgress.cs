using Network.Server.Seeding;

namespace Network.Server.Tests.Infrastructure;

/// <summary>Seeding progress nobody watches: tests seed quietly.</summary>
public sealed class SilentSeedProgress : ISeedProgress
{
    public void Report(string stage, long done, long total)
    {
    }

    public void Completed(string summary)
    {
    }
}
