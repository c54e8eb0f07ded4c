using Microsoft.EntityFrameworkCore;
using Network.Server.Data;

namespace Network.Server.Employers;

/// <summary>The feature's tables, as sets of the database context.</summary>
public static class EmployerData
{
    extension(NetworkDbContext db)
    {
        public DbSet<Employer> Employers => db.Set<Employer>();
    }
}
