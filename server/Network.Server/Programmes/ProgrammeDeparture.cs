using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;
using Network.Server.Pairings;

namespace Network.Server.Programmes;

/// <summary>A mentor who leaves a programme leaves its pairings: proposals are declined, accepted and active pairings end.</summary>
internal static class ProgrammeDeparture
{
    private static readonly int[] OpenStatuses = [.. Pairing.OpenStatuses.Select(s => (int)s)];

    /// <summary>Locks the mentor's open pairings within the programme and returns their departure, to apply with the enrolment's.</summary>
    public static async Task<Action<MutationContext, DateTimeOffset>> LockPairingsAsync(NetworkDbContext db, int programmeId, int mentorId, CancellationToken cancellationToken)
    {
        var open = await db.Pairings
            .FromSql($"""
                SELECT p.* FROM pairings p JOIN programme_pairings pp ON pp.pairing_id = p.id
                WHERE pp.programme_id = {programmeId} AND (p.mentor_a_id = {mentorId} OR p.mentor_b_id = {mentorId}) AND p.status = ANY({OpenStatuses})
                ORDER BY p.id FOR UPDATE OF p
                """)
            .ToListAsync(cancellationToken);
        return (m, at) =>
        {
            foreach (var pairing in open)
            {
                pairing.Leave(m.Caller(), at);
                m.AuditPairing(pairing);
            }
        };
    }
}
