using Microsoft.EntityFrameworkCore;
using Network.Server.Data;

namespace Network.Server.Pairings;

/// <summary>
/// The mentors a mentor is paired with in an ACCEPTED or ACTIVE pairing: those whose contact details they
/// may read. Loaded at most once per request and mentor, and only when a mentor asks for someone else's
/// contact details.
/// </summary>
public sealed class AcceptedPartners(IDbContextFactory<NetworkDbContext> factory)
{
    private readonly Dictionary<int, Task<IReadOnlySet<int>>> _loaded = [];
    private readonly Lock _gate = new();

    public Task<IReadOnlySet<int>> OfAsync(int mentorId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_loaded.TryGetValue(mentorId, out var partners))
            {
                partners = _loaded[mentorId] = LoadAsync(mentorId, cancellationToken);
            }

            return partners;
        }
    }

    private async Task<IReadOnlySet<int>> LoadAsync(int mentorId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var partners = await db.Pairings.AsNoTracking()
            .Where(p => (p.MentorAId == mentorId || p.MentorBId == mentorId) && Pairing.ContactStatuses.Contains(p.Status))
            .Select(p => p.MentorAId == mentorId ? p.MentorBId : p.MentorAId)
            .ToListAsync(cancellationToken);
        return partners.ToHashSet();
    }
}
