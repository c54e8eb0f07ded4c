using Microsoft.EntityFrameworkCore;
using Network.Server.Data;

namespace Network.Server.Programmes;

/// <summary>The feature's tables, as sets of the database context.</summary>
public static class ProgrammeData
{
    extension(NetworkDbContext db)
    {
        public DbSet<Programme> Programmes => db.Set<Programme>();

        public DbSet<ProgrammeObjective> ProgrammeObjectives => db.Set<ProgrammeObjective>();

        public DbSet<ProgrammeEmployer> ProgrammeEmployers => db.Set<ProgrammeEmployer>();

        public DbSet<ProgrammeEnrolment> ProgrammeEnrolments => db.Set<ProgrammeEnrolment>();

        public DbSet<ProgrammeConduct> ProgrammeConductVersions => db.Set<ProgrammeConduct>();

        public DbSet<ProgrammePairing> ProgrammePairings => db.Set<ProgrammePairing>();
    }
}
