namespace Network.Server.Seeding;

/// <summary>Reports the progress of a long seeding run.</summary>
public interface ISeedProgress
{
    void Report(string stage, long done, long total);

    void Completed(string summary);
}
