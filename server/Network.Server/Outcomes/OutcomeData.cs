using Microsoft.EntityFrameworkCore;
using Network.Server.Data;

namespace Network.Server.Outcomes;

/// <summary>The feature's tables, as sets of the database context.</summary>
public static class OutcomeData
{
    extension(NetworkDbContext db)
    {
        public DbSet<RetentionCheck> RetentionChecks => db.Set<RetentionCheck>();

        public DbSet<GapOutcome> GapOutcomes => db.Set<GapOutcome>();
    }
}
