using Microsoft.EntityFrameworkCore;
using Network.Server.Data;

namespace Network.Server.Skills;

/// <summary>The feature's tables, as sets of the database context.</summary>
public static class SkillData
{
    extension(NetworkDbContext db)
    {
        public DbSet<Skill> Skills => db.Set<Skill>();
    }
}
