using Microsoft.EntityFrameworkCore;
using Network.Server.Data;

namespace Network.Server.Mentors;

/// <summary>The feature's tables, as sets of the database context.</summary>
public static class MentorData
{
    extension(NetworkDbContext db)
    {
        public DbSet<Mentor> Mentors => db.Set<Mentor>();

        public DbSet<OfferedSkill> OfferedSkills => db.Set<OfferedSkill>();

        public DbSet<WantedSkill> WantedSkills => db.Set<WantedSkill>();

        public DbSet<MentorBlock> MentorBlocks => db.Set<MentorBlock>();
    }
}
