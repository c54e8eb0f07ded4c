using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Network.Server.GraphQL.Subscriptions;

namespace Network.Server.Webinars;

/// <summary>Publishes each registration made or changed (waitlisted, moved up, cancelled, attendance), with its webinar and registrant as the filter keys.</summary>
internal sealed class WebinarRegistrationEvents : IEventCollector
{
    public const string Topic = "webinarRegistration";

    public void Collect(ChangeTracker changes, ICollection<EventFactory> events)
    {
        foreach (var registration in changes.Entries<WebinarRegistration>().Where(e => e.State is EntityState.Added or EntityState.Modified).Select(e => e.Entity))
        {
            events.Add((_, _) => ValueTask.FromResult(new NetworkEvent(
                Topic, registration.Id, registration.Status.ToString(), new Dictionary<string, string>
                {
                    ["w"] = NetworkEvent.Join([registration.WebinarId]),
                    ["m"] = registration.MentorId is { } mentor ? NetworkEvent.Join([mentor]) : string.Empty,
                    ["e"] = registration.EmployerId is { } employer ? NetworkEvent.Join([employer]) : string.Empty,
                })));
        }
    }
}
