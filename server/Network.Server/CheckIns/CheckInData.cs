using Microsoft.EntityFrameworkCore;
using Network.Server.Data;

namespace Network.Server.CheckIns;

/// <summary>The feature's tables, as sets of the database context.</summary>
public static class CheckInData
{
    extension(NetworkDbContext db)
    {
        public DbSet<CheckIn> CheckIns => db.Set<CheckIn>();
    }
}
