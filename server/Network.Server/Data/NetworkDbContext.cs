using Microsoft.EntityFrameworkCore;

namespace Network.Server.Data;

/// <summary>
/// The network's database. Each feature keeps its entities, their configurations and its sets (as
/// extension properties, <c>db.Mentors</c>) in its own folder; the model is every configuration in the assembly.
/// </summary>
public sealed class NetworkDbContext(DbContextOptions<NetworkDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("postgis");

        // GiST indexes on a location and a key, and <-> between keys, for nearest-first pages.
        modelBuilder.HasPostgresExtension("btree_gist");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NetworkDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as their numbers, so that ORDER BY follows their declared order
        // (LOW < MEDIUM < HIGH < CRITICAL); members are only ever appended.
        configurationBuilder.Properties<string>().HaveMaxLength(200);
    }
}
