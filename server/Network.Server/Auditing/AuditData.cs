using Microsoft.EntityFrameworkCore;
using Network.Server.Data;

namespace Network.Server.Auditing;

/// <summary>The feature's tables, as sets of the database context.</summary>
public static class AuditData
{
    extension(NetworkDbContext db)
    {
        public DbSet<AuditEntry> AuditEntries => db.Set<AuditEntry>();
    }
}
