using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;
using Network.Server.Mentors;

namespace Network.Server.Pairings;

/// <summary>
/// When one mentor blocks another, their open pairing closes as either partner could close it: a proposal
/// is declined, an accepted, active or paused pairing ends (<see cref="Pairing.CloseForBlock"/>), which
/// frees both places.
/// </summary>
internal sealed class PairingBlockHandler : IMentorBlockHandler
{
    private static readonly int[] OpenStatuses = [.. Pairing.OpenStatuses.Select(s => (int)s)];

    public async Task<Action<MutationContext, DateTimeOffset>> LockAsync(NetworkDbContext db, int mentorId, int blockedMentorId, CancellationToken cancellationToken)
    {
        var (a, b) = mentorId < blockedMentorId ? (mentorId, blockedMentorId) : (blockedMentorId, mentorId);
        var open = await db.Pairings
            .FromSql($"SELECT * FROM pairings WHERE mentor_a_id = {a} AND mentor_b_id = {b} AND status = ANY({OpenStatuses}) FOR UPDATE")
            .ToListAsync(cancellationToken);
        return (m, at) =>
        {
            foreach (var pairing in open)
            {
                pairing.CloseForBlock(m.Caller(), at);

                // Logged as the decline or end it comes to, as a log entry naming the block would tell the other mentor of it.
                m.AuditPairing(pairing, pairing.Status == PairingStatus.Declined ? "declinePairing" : "endPairing");
            }
        };
    }
}
