using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.Mutations;
using Network.Server.GraphQL.Relay;
using Network.Server.Mentors;

namespace Network.Server.Pairings;

/// <summary>What stops an acceptance: a mentor who has withdrawn, or, for the last acceptance, one at capacity.</summary>
internal static class PairingCapacity
{
    /// <summary>
    /// The last acceptance makes the pairing count against both mentors' capacity. Both mentor rows are
    /// locked, in ID order so that concurrent acceptances cannot deadlock, before their held pairings are
    /// counted: a concurrent acceptance involving either mentor waits until this one commits, and then counts it.
    /// </summary>
    public static async Task<List<UserError>> ProblemsAsync(NetworkDbContext db, Pairing pairing, CancellationToken cancellationToken)
    {
        var (a, b) = (pairing.MentorAId, pairing.MentorBId);
        var mentors = await db.Mentors
            .FromSql($"SELECT * FROM mentors WHERE id IN ({a}, {b}) ORDER BY id FOR UPDATE")
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var problems = Withdrawn(mentors);
        if (problems.Count > 0)
        {
            return problems;
        }

        var held = await db.Pairings.AsNoTracking()
            .Where(p => (p.MentorAId == a || p.MentorBId == a || p.MentorAId == b || p.MentorBId == b) && Pairing.HeldStatuses.Contains(p.Status))
            .Select(p => new { p.MentorAId, p.MentorBId })
            .ToListAsync(cancellationToken);
        foreach (var mentor in mentors)
        {
            var count = held.Count(p => p.MentorAId == mentor.Id || p.MentorBId == mentor.Id);
            if (count >= mentor.Capacity)
            {
                problems.Add(new MentorAtCapacityError(
                    $"The mentor already holds {count} accepted, active or paused pairings, their capacity.", GlobalId.Serialize("Mentor", mentor.Id), mentor.Capacity));
            }
        }

        return problems;
    }

    /// <summary>An acceptance that does not complete the pairing is refused only for a mentor who has withdrawn.</summary>
    public static async Task<List<UserError>> WithdrawnAsync(NetworkDbContext db, Pairing pairing, CancellationToken cancellationToken)
    {
        var mentors = await db.Mentors.AsNoTracking()
            .Where(x => x.Id == pairing.MentorAId || x.Id == pairing.MentorBId)
            .ToListAsync(cancellationToken);
        return Withdrawn(mentors);
    }

    private static List<UserError> Withdrawn(IEnumerable<Mentor> mentors) =>
        [.. mentors.Where(x => x.Status == MentorStatus.Withdrawn)
            .Select(x => new MentorWithdrawnError("The mentor has withdrawn; the pairing cannot be accepted.", GlobalId.Serialize("Mentor", x.Id)))];
}
