using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Privacy;
using Network.Server.Skills;
using Network.Server.SkillsGaps;

namespace Network.Server.Data;

public sealed class NetworkDbContext(DbContextOptions<NetworkDbContext> options) : DbContext(options)
{
    public DbSet<Skill> Skills => Set<Skill>();

    public DbSet<Employer> Employers => Set<Employer>();

    public DbSet<SkillsGap> SkillsGaps => Set<SkillsGap>();

    public DbSet<Mentor> Mentors => Set<Mentor>();

    public DbSet<OfferedSkill> OfferedSkills => Set<OfferedSkill>();

    public DbSet<WantedSkill> WantedSkills => Set<WantedSkill>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Pairing> Pairings => Set<Pairing>();

    public DbSet<PairingSkill> PairingSkills => Set<PairingSkill>();

    public DbSet<PairingEvent> PairingEvents => Set<PairingEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("postgis");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NetworkDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as their numbers, so that ORDER BY follows their declared order
        // (LOW < MEDIUM < HIGH < CRITICAL); members are only ever appended.
        configurationBuilder.Properties<string>().HaveMaxLength(200);
    }
}
