using Network.Server.Hosting;

namespace Network.Server.Auditing;

/// <summary>The log of actions taken on people's data: who acted, what they did, to whom.</summary>
public sealed class AuditingModule : IFeatureModule
{
    public void Register(FeatureBuilder feature)
    {
        // Entries are written by the mutations that act on someone's data, and read in their export.
    }
}
