using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Network.Server.Data;
using Network.Server.Employers;
using Network.Server.GraphQL.Subscriptions;

namespace Network.Server.SkillsGaps;

/// <summary>
/// Publishes each gap that opens (published, or reopened), with its sector, skill and its employer's location as
/// filter keys, so that subscriptions by place, sector and skill drop the others before reading anything.
/// </summary>
internal sealed class SkillsGapEvents : IEventCollector
{
    public const string Topic = "skillsGap";

    public void Collect(ChangeTracker changes, ICollection<EventFactory> events)
    {
        foreach (var entry in changes.Entries<SkillsGap>())
        {
            var opened = entry.State == EntityState.Added
                || (entry.State == EntityState.Modified && entry.Property(g => g.Status).IsModified && entry.Property(g => g.Status).OriginalValue != SkillsGapStatus.Open);
            if (opened && entry.Entity.Status == SkillsGapStatus.Open)
            {
                var gap = entry.Entity;
                var kind = entry.State == EntityState.Added ? "PUBLISHED" : "REOPENED";
                events.Add((db, cancellationToken) => EventAsync((NetworkDbContext)db, gap, kind, cancellationToken));
            }
        }
    }

    private static async ValueTask<NetworkEvent> EventAsync(NetworkDbContext db, SkillsGap gap, string kind, CancellationToken cancellationToken)
    {
        var location = db.Set<Employer>().Local.FirstOrDefault(e => e.Id == gap.EmployerId)?.Location
            ?? await db.Employers.AsNoTracking().Where(e => e.Id == gap.EmployerId).Select(e => e.Location).SingleAsync(cancellationToken);
        return new NetworkEvent(Topic, gap.Id, kind, new Dictionary<string, string>
        {
            ["s"] = gap.Sector.ToString(),
            ["k"] = NetworkEvent.Join([gap.SkillId]),
            ["e"] = NetworkEvent.Join([gap.EmployerId]),
            ["x"] = NetworkEvent.Format(location.X),
            ["y"] = NetworkEvent.Format(location.Y),
        });
    }
}
