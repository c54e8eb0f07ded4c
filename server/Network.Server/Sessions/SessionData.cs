using Microsoft.EntityFrameworkCore;
using Network.Server.Data;

namespace Network.Server.Sessions;

/// <summary>The feature's tables, as sets of the database context.</summary>
public static class SessionData
{
    extension(NetworkDbContext db)
    {
        public DbSet<PairingSession> PairingSessions => db.Set<PairingSession>();

        public DbSet<SessionNote> SessionNotes => db.Set<SessionNote>();
    }
}
