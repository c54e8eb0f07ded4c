using Microsoft.EntityFrameworkCore;
using Network.Server.Data;

namespace Network.Server.Concerns;

/// <summary>The feature's tables, as sets of the database context.</summary>
public static class ConcernData
{
    extension(NetworkDbContext db)
    {
        public DbSet<ConcernReport> ConcernReports => db.Set<ConcernReport>();

        public DbSet<ConcernActionRecord> ConcernActions => db.Set<ConcernActionRecord>();
    }
}
