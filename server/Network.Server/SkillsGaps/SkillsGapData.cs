using Microsoft.EntityFrameworkCore;
using Network.Server.Data;

namespace Network.Server.SkillsGaps;

/// <summary>The feature's tables, as sets of the database context.</summary>
public static class SkillsGapData
{
    extension(NetworkDbContext db)
    {
        public DbSet<SkillsGap> SkillsGaps => db.Set<SkillsGap>();
    }
}
