using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;
using Network.Server.Mentors;

namespace Network.Server.Pairings;

/// <summary>A mentor who leaves leaves their open pairings: proposals are declined, accepted, active and paused pairings end.</summary>
internal sealed class PairingDepartureHandler : IMentorDepartureHandler
{
    private static readonly int[] OpenStatuses = [.. Pairing.OpenStatuses.Select(s => (int)s)];

    public async Task<Action<MutationContext, DateTimeOffset>> LockAsync(NetworkDbContext db, int mentorId, CancellationToken cancellationToken)
    {
        var open = await db.Pairings
            .FromSql($"SELECT * FROM pairings WHERE (mentor_a_id = {mentorId} OR mentor_b_id = {mentorId}) AND status = ANY({OpenStatuses}) ORDER BY id FOR UPDATE")
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
