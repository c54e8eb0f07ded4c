using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.Errors;
using Network.Server.Identity;
using Network.Server.Mentors;

namespace Network.Server.Pairings;

/// <summary>
/// A mentor who withdraws, or erases their data, leaves the programme: their proposed pairings are
/// declined and their accepted and active ones end with <see cref="PairingEndReason.LeftProgramme"/>, in
/// the transaction that withdraws them, each with an event in its history.
/// </summary>
internal static class MentorDeparture
{
    public const string DeclineReason = "The mentor left the programme.";

    private static readonly int[] OpenStatuses = [.. Pairing.OpenStatuses.Select(s => (int)s)];

    /// <summary>
    /// Locks the mentor's open pairings and then the mentor's row, in the order pairing changes lock
    /// them (pairing first, then mentors), so that an acceptance running at the same time either
    /// finishes first, and its pairing is then ended, or waits and finds the mentor withdrawn.
    /// Call inside a transaction; the mentor is tracked.
    /// </summary>
    public static async Task<(Mentor? Mentor, List<Pairing> OpenPairings)> LockAsync(NetworkDbContext db, int mentorId, CancellationToken cancellationToken)
    {
        var open = await db.Pairings
            .FromSql($"SELECT * FROM pairings WHERE (mentor_a_id = {mentorId} OR mentor_b_id = {mentorId}) AND status = ANY({OpenStatuses}) ORDER BY id FOR UPDATE")
            .ToListAsync(cancellationToken);
        var mentor = await db.Mentors.FromSql($"SELECT * FROM mentors WHERE id = {mentorId} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
        return (mentor, open);
    }

    /// <summary>Declines the proposed pairings and ends the others, recording who acted.</summary>
    public static void Close<TInput>(MutationContext<TInput> m, IEnumerable<Pairing> openPairings, DateTimeOffset now)
    {
        foreach (var pairing in openPairings)
        {
            var from = pairing.Status;
            if (from == PairingStatus.Proposed)
            {
                pairing.Status = PairingStatus.Declined;
                pairing.DeclinedAt = now;
                pairing.DeclinedBySubject = PairingMutations.Subject(m.Caller);
                pairing.DeclinedByRoles = RoleNames.Join(m.Caller);
                pairing.DeclineReason = DeclineReason;
                PairingMutations.AddEvent(m.Caller, pairing, PairingEventType.Declined, from, PairingStatus.Declined, null, now);
            }
            else
            {
                pairing.Status = PairingStatus.Ended;
                pairing.EndedAt = now;
                pairing.EndReason = PairingEndReason.LeftProgramme;
                PairingMutations.AddEvent(m.Caller, pairing, PairingEventType.Ended, from, PairingStatus.Ended, null, now);
            }

            pairing.UpdatedAt = now;
            PairingMutations.AuditIfNotAMentorOf(m, pairing);
        }
    }
}
