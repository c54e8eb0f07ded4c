using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Network.Server.GraphQL.Subscriptions;

namespace Network.Server.Mentors;

/// <summary>Publishes each mentor who becomes available to pair: registered active, or active again.</summary>
internal sealed class MentorEvents : IEventCollector
{
    public const string Topic = "mentor";

    public void Collect(ChangeTracker changes, ICollection<EventFactory> events)
    {
        foreach (var entry in changes.Entries<Mentor>())
        {
            var available = entry.Entity.Status == MentorStatus.Active && (entry.State == EntityState.Added
                || (entry.State == EntityState.Modified && entry.Property(m => m.Status).IsModified && entry.Property(m => m.Status).OriginalValue != MentorStatus.Active));
            if (available)
            {
                var mentor = entry.Entity;
                events.Add((_, _) => ValueTask.FromResult(new NetworkEvent(Topic, mentor.Id, "AVAILABLE", new Dictionary<string, string> { ["e"] = NetworkEvent.Join([mentor.EmployerId]) })));
            }
        }
    }
}
