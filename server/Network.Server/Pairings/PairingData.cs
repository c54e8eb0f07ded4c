using Microsoft.EntityFrameworkCore;
using Network.Server.Data;

namespace Network.Server.Pairings;

/// <summary>The feature's tables, as sets of the database context.</summary>
public static class PairingData
{
    extension(NetworkDbContext db)
    {
        public DbSet<Pairing> Pairings => db.Set<Pairing>();

        public DbSet<PairingSkill> PairingSkills => db.Set<PairingSkill>();

        public DbSet<PairingEvent> PairingEvents => db.Set<PairingEvent>();
    }
}
